package org.zgcparks.explorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way layering of the README's Development section, held by ArchUnit over the production classes: dataset
 * file → model → query → view-model → views, with the services (tiles, basemap, fact sheets, export) beside the
 * query layer and only the views and the composition root seeing a view-model.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.zgcparks.explorer");
    }

    @Test
    void theModelHasNoJavaFxAndDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("..explorer.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..",
                        "com.fasterxml..", "..explorer.dataset..", "..explorer.viewmodel..", "..explorer.view..",
                        "..explorer.tiles..", "..explorer.app..", "..explorer.cli..", "..explorer.factsheet..",
                        "..explorer.query..")
                .check(classes);
    }

    @Test
    void nothingOutsideTheViewPackagesUsesTheSceneGraph() {
        noClasses().that().resideOutsideOfPackage("..explorer.view..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "com.gluonhq.maps..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void factSheetsSeeOnlyTheModelAndServicesNeverTheViewModelOrViews() {
        noClasses().that().resideInAPackage("..explorer.factsheet..")
                .should().dependOnClassesThat().resideInAnyPackage("..explorer.viewmodel..", "..explorer.view..",
                        "..explorer.app..")
                .check(classes);
    }

    @Test
    void theMapKnowsNoViewModel() {
        // the map is told what to show and tells what the user did; view.MapBinding binds it to the view-models
        noClasses().that().resideInAPackage("..explorer.view.map..")
                .should().dependOnClassesThat().resideInAPackage("..explorer.viewmodel..")
                .check(classes);
    }

    @Test
    void exportsAndComparisonsSeeOnlyTheModelNeverTheViewModelOrViews() {
        noClasses().that().resideInAnyPackage("..explorer.export..", "..explorer.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("..explorer.viewmodel..", "..explorer.view..",
                        "..explorer.app..")
                .check(classes);
    }

    @Test
    void noWebView() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx.web..").check(classes);
    }

    @Test
    void nonUiLayersHaveNoJavaFxAtAll() {
        noClasses().that().resideInAnyPackage("..explorer.geo..", "..explorer.dataset..", "..explorer.tiles..",
                        "..explorer.cli..", "..explorer.settings..", "..explorer.i18n..", "..explorer.factsheet..",
                        "..explorer.io..", "..explorer.export..", "..explorer.compare..", "..explorer.basemap..",
                        "..explorer.query..", "..explorer.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("..explorer.app..")
                .layer("View").definedBy("..explorer.view..")
                .layer("ViewModel").definedBy("..explorer.viewmodel..")
                .layer("Query").definedBy("..explorer.query..")
                .layer("Services").definedBy("..explorer.dataset..", "..explorer.tiles..", "..explorer.basemap..",
                        "..explorer.cli..", "..explorer.settings..", "..explorer.i18n..", "..explorer.factsheet..",
                        "..explorer.export..", "..explorer.compare..")
                .layer("Geo").definedBy("..explorer.geo..")
                .layer("Model").definedBy("..explorer.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("View").mayOnlyBeAccessedByLayers("App")
                .whereLayer("ViewModel").mayOnlyBeAccessedByLayers("View", "App")
                .whereLayer("Query").mayOnlyBeAccessedByLayers("ViewModel", "View", "App")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Query", "ViewModel", "View", "App", "Services")
                .whereLayer("Geo").mayOnlyBeAccessedByLayers("Services", "Query", "ViewModel", "View", "App")
                .check(classes);
    }
}

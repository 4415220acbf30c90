package org.zgcparks.explorer.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way layering of the README's Development section, held by ArchUnit over the production classes: dataset
 * file → model → query → view-model → views. The services (dataset, tiles, basemap, fact sheets, export, compare,
 * i18n, settings, cli) sit beside that chain between the model and the query layer: the query layer, view-models,
 * views and the composition root use them, and they never see the query layer, a view-model or a view; only the
 * views and the composition root see a view-model. The task runner (JavaFX properties, no scene graph) is seen
 * only by the view-model, the views and the composition root.
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
    void theTaskRunnerUsesPropertiesButNoSceneGraphAndNothingOfOurs() {
        noClasses().that().resideInAPackage("..explorer.task..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "com.gluonhq..", "org.controlsfx..")
                .check(classes);
        classes().that().resideInAPackage("..explorer.task..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javafx.beans..",
                        "..explorer.task..")
                .check(classes);
    }

    /**
     * Background work goes through the task runner. Threads of their own remain only where the work is no task: the
     * start-up preloader (it must run beside the runner's start-up work, with nothing to report), the single-instance
     * listener (a server loop for the app's life), and the tile stack's pools and retry timers (per tile source, shut
     * down with it; the tiles package has no JavaFX and so no runner).
     */
    @Test
    void threadsAndPoolsAreMadeOnlyByTheTaskRunnerAndTheListedExceptions() {
        DescribedPredicate<JavaCall<?>> makesThreads = target(owner(assignableTo(Thread.class)))
                .and(target(name("<init>")))
                .or(target(owner(type(Executors.class))))
                .or(target(owner(type(CompletableFuture.class))).and(target(nameMatching("supplyAsync|runAsync"))))
                .or(target(owner(type(ForkJoinPool.class))).and(target(name("commonPool"))))
                .as("make threads or pools, or use the common pool");
        noClasses().that().resideOutsideOfPackage("..explorer.task..")
                .and().haveNameNotMatching("org\\.zgcparks\\.explorer\\.(app\\.ClassPreloader|app\\.SingleInstance"
                        + "|tiles\\.LayeredTileSource|tiles\\.TileSourceFactory|view\\.map\\.MapTiles)(\\$.*)?")
                .should().callCodeUnitWhere(makesThreads)
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
                        "..explorer.query..", "..explorer.model..", "..explorer.text..")
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
                .layer("Task").definedBy("..explorer.task..")
                .layer("Services").definedBy("..explorer.dataset..", "..explorer.tiles..", "..explorer.basemap..",
                        "..explorer.cli..", "..explorer.settings..", "..explorer.i18n..", "..explorer.factsheet..",
                        "..explorer.export..", "..explorer.compare..", "..explorer.text..")
                .layer("Geo").definedBy("..explorer.geo..")
                .layer("Model").definedBy("..explorer.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("View").mayOnlyBeAccessedByLayers("App")
                .whereLayer("ViewModel").mayOnlyBeAccessedByLayers("View", "App")
                .whereLayer("Query").mayOnlyBeAccessedByLayers("ViewModel", "View", "App")
                .whereLayer("Task").mayOnlyBeAccessedByLayers("ViewModel", "View", "App")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Query", "ViewModel", "View", "App", "Services")
                .whereLayer("Geo").mayOnlyBeAccessedByLayers("Services", "Query", "ViewModel", "View", "App")
                .check(classes);
    }

    /**
     * View-models expose read-only state and change it only through commands: no public method of a view-model
     * hands out a writable property or value (a view would then change state behind the commands' back).
     */
    @Test
    void viewModelsExposeNoWritableProperty() {
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("..explorer.viewmodel..").and().arePublic()
                .should().haveRawReturnType(assignableTo(WritableValue.class))
                .check(classes);
    }
}

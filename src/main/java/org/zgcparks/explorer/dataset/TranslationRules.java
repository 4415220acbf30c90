package org.zgcparks.explorer.dataset;

import java.util.ArrayList;
import java.util.List;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;

/**
 * Finds the texts of a valid dataset that lack Chinese or Russian, and the figures whose unit or period the app
 * cannot write in every language. These are warnings, not errors: the app shows English where a language is
 * missing, so a user's dataset still opens. The bundled dataset has none (a test holds it to that).
 */
public final class TranslationRules {

    private TranslationRules() {
    }

    /** Every gap, one problem each, located by the record's id and field ("/parks/haidian-park/description"). */
    public static List<Problem> check(String fileName, Dataset ds) {
        List<Problem> out = new ArrayList<>();
        Checker c = new Checker(fileName, out);
        c.text("/info/name", ds.info().titles());
        c.text("/info/description", ds.info().description());
        ds.sources().forEach(s -> c.text("/sources/" + s.id() + "/publisher", s.publishers()));
        ds.regions().forEach(r -> {
            c.text("/regions/" + r.id() + "/description", r.description());
            c.text("/regions/" + r.id() + "/projectReading", r.projectReading());
        });
        ds.districts().forEach(d -> d.leadingIndustries().forEach(l -> c.link("/districts/" + d.id(), l)));
        ds.industryGroups().forEach(g -> c.text("/industryGroups/" + g.id() + "/description", g.description()));
        ds.industries().forEach(i -> c.text("/industries/" + i.id() + "/projectReading", i.projectReading()));
        for (Park p : ds.parks()) {
            String at = "/parks/" + p.id();
            c.text(at + "/description", p.description());
            c.text(at + "/positionNote", p.positionNote());
            p.outline().ifPresent(o -> c.text(at + "/outline/accuracy", o.accuracyNote()));
            c.text(at + "/projectReading", p.projectReading());
            p.industries().forEach(l -> c.link(at, l));
            for (int i = 0; i < p.timeline().size(); i++) {
                c.text(at + "/timeline/" + i + "/text", p.timeline().get(i).text());
            }
        }
        ds.policies().forEach(p -> {
            String at = "/policies/" + p.id();
            c.text(at + "/title", p.title());
            c.text(at + "/issuer", p.issuer());
            c.text(at + "/summary", p.summary());
            c.text(at + "/projectReading", p.projectReading());
        });
        ds.metrics().forEach(m -> c.metric("/metrics/" + m.id(), m));
        return out;
    }

    private record Checker(String file, List<Problem> out) {

        void text(String at, LocalizedText t) {
            if (t.isBlank()) {
                return;
            }
            List<String> missing = new ArrayList<>();
            if (t.zh() == null || t.zh().isBlank()) {
                missing.add("Chinese (zh)");
            }
            if (t.ru() == null || t.ru().isBlank()) {
                missing.add("Russian (ru)");
            }
            if (!missing.isEmpty()) {
                out.add(new Problem(file, at, 0, 0, "text \"" + shorten(t.en()) + "\" has no "
                        + String.join(" and no ", missing) + "; English is shown instead"));
            }
        }

        void link(String at, IndustryLink l) {
            text(at + "/industries/" + l.industryId() + "/note", l.note());
            text(at + "/industries/" + l.industryId() + "/projectReading", l.projectReading());
        }

        void metric(String at, Metric m) {
            text(at + "/name", m.name());
            text(at + "/note", m.note());
            text(at + "/projectReading", m.projectReading());
            if (!Formats.knownUnit(m.unit())) {
                out.add(new Problem(file, at + "/unit", 0, 0, "unit \"" + m.unit() + "\" is not one the app can "
                        + "write in Chinese and Russian; it is shown as written"));
            }
            LocalizedText period = m.period();
            boolean translated = !period.zh().isBlank() && !period.ru().isBlank();
            if (!translated && !Formats.isPeriodForm(period.en())) {
                out.add(new Problem(file, at + "/period", 0, 0, "period \"" + period.en() + "\" is neither a "
                        + "date form (\"2024\", \"2024-09\", \"2024-H1\") nor a text with \"zh\" and \"ru\"; "
                        + "English is shown instead"));
            }
        }

        private static String shorten(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "…";
        }
    }
}

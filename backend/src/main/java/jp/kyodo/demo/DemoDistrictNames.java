package jp.kyodo.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Which district names each ward of the demo city gets (demo names, then other real names, then derived ones). */
final class DemoDistrictNames {

    private DemoDistrictNames() {
    }

    /** Derived district names for the large city: {affix, reading, "S"uffix or "P"refix}. */
    private static final String[][] VARIANTS = {{"北", "きた", "S"}, {"南", "みなみ", "S"}, {"東", "ひがし", "P"},
        {"西", "にし", "P"}, {"東", "ひがし", "S"}, {"西", "にし", "S"}, {"中央", "ちゅうおう", "S"}, {"南", "みなみ", "P"},
        {"北", "きた", "P"}, {"新", "しん", "P"}};


    /** Per ward, the district names to use: demo names first, then the other real names, then derived ones. */
    static Map<String, List<DemoCatalog.Name>> choose(DemoCatalog catalog, DemoScale scale) {
        List<DemoCatalog.Ward> ws = catalog.wards();
        int flagged = (int) catalog.districts().stream().filter(DemoCatalog.DistrictName::demo).count();
        Map<String, Integer> quota = new LinkedHashMap<>();
        if (scale.districts() == flagged) {
            ws.forEach(w -> quota.put(w.code(), (int) catalog.districts().stream()
                    .filter(d -> d.demo() && d.wardCode().equals(w.code())).count()));
        } else {
            int total = ws.stream().mapToInt(DemoCatalog.Ward::weight).sum();
            int n = scale.districts();
            double[] exact = new double[ws.size()];
            int given = 0;
            for (int i = 0; i < ws.size(); i++) {
                exact[i] = (double) n * ws.get(i).weight() / total;
                int q = Math.max(n >= ws.size() ? 1 : 0, (int) Math.floor(exact[i]));
                quota.put(ws.get(i).code(), q);
                given += q;
            }
            while (given < n) { // largest remainder, first ward wins ties
                int best = 0;
                double bestRest = -1;
                for (int i = 0; i < ws.size(); i++) {
                    double rest = exact[i] - quota.get(ws.get(i).code());
                    if (rest > bestRest) {
                        bestRest = rest;
                        best = i;
                    }
                }
                quota.merge(ws.get(best).code(), 1, Integer::sum);
                given++;
            }
            while (given > n) {
                for (int i = ws.size() - 1; i >= 0 && given > n; i--) {
                    String code = ws.get(i).code();
                    if (quota.get(code) > 0) {
                        quota.merge(code, -1, Integer::sum);
                        given--;
                    }
                }
            }
        }
        Set<String> used = new LinkedHashSet<>();
        catalog.districts().forEach(d -> used.add(d.name()));
        Map<String, List<DemoCatalog.Name>> result = new LinkedHashMap<>();
        for (DemoCatalog.Ward w : ws) {
            List<DemoCatalog.DistrictName> base = catalog.districts().stream()
                    .filter(d -> d.wardCode().equals(w.code())).toList();
            List<DemoCatalog.Name> names = new ArrayList<>();
            base.stream().filter(DemoCatalog.DistrictName::demo).forEach(d -> names.add(new DemoCatalog.Name(d.name(), d.kana())));
            base.stream().filter(d -> !d.demo()).forEach(d -> names.add(new DemoCatalog.Name(d.name(), d.kana())));
            int q = quota.get(w.code());
            for (String[] v : VARIANTS) {
                if (names.size() >= q) {
                    break;
                }
                for (DemoCatalog.DistrictName d : base) {
                    boolean suffix = v[2].equals("S");
                    if (suffix ? d.name().matches(".*[東西南北]") : d.name().matches(".*[東西南北新].*")) {
                        continue;
                    }
                    String name = suffix ? d.name() + v[0] : v[0] + d.name();
                    if (used.add(name)) {
                        names.add(new DemoCatalog.Name(name, suffix ? d.kana() + v[1] : v[1] + d.kana()));
                    }
                }
            }
            if (names.size() < q) {
                throw new IllegalStateException("Not enough district names for ward " + w.code() + " (" + q + ")");
            }
            result.put(w.code(), names.subList(0, q));
        }
        return result;
    }
}

package org.communitysafety.examples.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The names and forms of an {@link ExportFiles} export: each file's headers in both dialects,
 * the renamed dialect's values and time formats, and what is derived from a record's id (its
 * time of day, its grid). Stateless; package-private.
 */
final class ExportNames {
    private ExportNames() {}

    /**
     * The codes behind the values that {@link ExportFiles.Dialect#RENAMED} writes differently from the
     * platform: for each field ({@code category}, {@code type}, {@code status}, {@code source}),
     * each value written to the code it stands for — what a reviewer fills into the mapping
     * profile that {@code csi inspect} proposes.
     */
    static Map<String, Map<String, String>> renamedValues(Taxonomy taxonomy) {
        Map<String, Map<String, String>> m = new java.util.LinkedHashMap<>();
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        for (Category c : taxonomy.categories()) {
            categories.put(renamedCategory(c), c.code());
        }
        m.put("incidents.category", categories);
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (IncidentSource s : IncidentSource.values()) {
            if (s != IncidentSource.UNSPECIFIED) {
                sources.put(renamedSource(s), s.code());
            }
        }
        m.put("incidents.source", sources);
        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        for (DisputeStatus s : DisputeStatus.values()) {
            statuses.put(renamedStatus(s), s.code());
        }
        m.put("disputes.status", statuses);
        Map<String, String> levels = new java.util.LinkedHashMap<>();
        for (Level l : List.of(Level.CITY, Level.DISTRICT, Level.TOWN, Level.VILLAGE)) {
            levels.put(renamedLevel(l), l.code());
        }
        m.put("jurisdictions.level", levels);
        return m;
    }

    /**
     * The date-time patterns ({@link java.time.format.DateTimeFormatter}) of the fields that
     * {@link ExportFiles.Dialect#RENAMED} writes in its own form, {@code 2024.03.07 14:23}.
     */
    static Map<String, String> renamedFormats() {
        return Map.of("incidents.occurred_on", "yyyy.MM.dd HH:mm", "incidents.reported_on", "yyyy.MM.dd HH:mm",
                "incidents.cleared_on", "yyyy.MM.dd", "disputes.received_on", "yyyy.MM.dd HH:mm",
                "disputes.closed_on", "yyyy.MM.dd", "outreach.held_on", "yyyy.MM.dd HH:mm");
    }

    static String renamedLevel(Level l) {
        return switch (l) {
            case CITY -> "地市级";
            case DISTRICT -> "区县级";
            case TOWN -> "乡镇级";
            default -> "村居级";
        };
    }

    static String renamedCategory(Category c) {
        return (c.criminal() ? "刑事-" : "治安-") + c.labelZh();
    }

    static String renamedSource(IncidentSource s) {
        return "渠道" + (s.ordinal() + 1) + ":" + s.labelZh();
    }

    static String renamedStatus(DisputeStatus s) {
        return switch (s) {
            case OPEN -> "在调";
            case RESOLVED -> "已调成";
            case FAILED -> "未调成";
            case REFERRED -> "已转交";
        };
    }

    /** Each file's columns: field, the platform's header, the renamed dialect's header. */
    static List<String[]> columns(String base) {
        return switch (base) {
            case "jurisdictions" -> List.of(
                    new String[] {"code", "单位代码", "机构代码"},
                    new String[] {"name", "单位名称", "机构名称"},
                    new String[] {"level", "层级", "行政级别"},
                    new String[] {"parent_code", "上级代码", "上级机构代码"},
                    new String[] {"population", "常住人口", "常住人口数"},
                    new String[] {"households", "户数", "总户数"},
                    new String[] {"area_km2", "面积(平方公里)", "辖区面积km2"},
                    new String[] {"kind", "城乡类型", "城乡分类"});
            case "populations" -> List.of(
                    new String[] {"unit", "单位代码", "机构代码"},
                    new String[] {"year", "年度", "统计年度"},
                    new String[] {"population", "常住人口", "常住人口数"},
                    new String[] {"households", "户数", "总户数"});
            case "incidents" -> List.of(
                    new String[] {"id", "警情编号", "接警单号"},
                    new String[] {"unit", "所属单位", "责任区"},
                    new String[] {"grid", "所属网格", "责任网格"},
                    new String[] {"category", "警情类别", "警情性质"},
                    new String[] {"occurred_on", "发案时间", "案发时刻"},
                    new String[] {"reported_on", "报警时间", "接报时刻"},
                    new String[] {"cleared_on", "破案时间", "破获时刻"},
                    new String[] {"criminal", "是否刑事", "刑事标识"},
                    new String[] {"repeat_call", "重复报警", "重复警情标识"},
                    new String[] {"loss", "损失金额", "损失(元)"},
                    new String[] {"recovered", "挽回损失", "挽损(元)"},
                    new String[] {"source", "警情来源", "报警渠道"},
                    new String[] {"address", "发案地址", "案发地点描述"},
                    new String[] {"longitude", "经度", "X坐标"},
                    new String[] {"latitude", "纬度", "Y坐标"},
                    new String[] {"crs", "坐标系", "坐标系统"});
            case "disputes" -> List.of(
                    new String[] {"id", "纠纷编号", "矛盾编号"},
                    new String[] {"unit", "所属单位", "属地"},
                    new String[] {"type", "纠纷类型", "矛盾类别"},
                    new String[] {"received_on", "受理时间", "登记时刻"},
                    new String[] {"status", "调处状态", "化解情况"},
                    new String[] {"closed_on", "办结时间", "化解时刻"},
                    new String[] {"amount", "涉及金额", "标的(元)"},
                    new String[] {"source", "纠纷来源", "线索来源"},
                    new String[] {"mediator", "调解组织", "承办组织"});
            case "outreach" -> List.of(
                    new String[] {"id", "活动编号", "台账编号"},
                    new String[] {"unit", "所属单位", "属地"},
                    new String[] {"type", "活动类型", "工作类别"},
                    new String[] {"held_on", "开展时间", "开展时刻"},
                    new String[] {"staff", "参与民警", "民警(人)"},
                    new String[] {"volunteers", "志愿者人数", "志愿者(人)"},
                    new String[] {"audience", "参与人次", "覆盖人次"},
                    new String[] {"households", "走访户数", "入户(户)"},
                    new String[] {"hazards_found", "发现隐患", "排查隐患(处)"},
                    new String[] {"hazards_fixed", "整改隐患", "整改(处)"},
                    new String[] {"leads", "收集线索", "线索(条)"},
                    new String[] {"frauds_stopped", "劝阻诈骗", "劝阻(起)"},
                    new String[] {"loss_avoided", "避免损失", "止损(元)"});
            default -> throw new IllegalArgumentException("no file " + base);
        };
    }

    // ---- derived values, deterministic from the record's id ---------------------------

    /** A well-mixed 64-bit hash of an id (SplitMix64's finaliser over its characters). */
    static long mix(String id) {
        long z = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < id.length(); i++) {
            z = (z ^ id.charAt(i)) * 0xBF58476D1CE4E5B9L;
            z ^= z >>> 29;
        }
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /** The hours incidents occur at, weighted like a city's calls: quiet at night, busy in the evening. */
    private static final int[] HOUR_WEIGHTS = {3, 2, 2, 1, 1, 1, 2, 3, 5, 6, 6, 6, 5, 5, 5, 5, 6, 6, 7, 8, 8, 7, 5, 4};
    private static final int HOUR_TOTAL = java.util.Arrays.stream(HOUR_WEIGHTS).sum();

    static int minuteOfDay(long h) {
        int pick = (int) (h % HOUR_TOTAL);
        int hour = 0;
        while (pick >= HOUR_WEIGHTS[hour]) {
            pick -= HOUR_WEIGHTS[hour++];
        }
        return hour * 60 + (int) ((h >>> 16) % 60);
    }

    /** Two to four grids below each village. */
    static int grids(String villageCode) {
        return 2 + (int) (mix(villageCode) % 3);
    }

    /** The code of a village's grid {@code g}: the village's code and three digits. */
    static String gridCode(String villageCode, int g) {
        return villageCode + String.format(Locale.ROOT, "%03d", g);
    }

    static String slashed(LocalDateTime t) {
        return String.format(Locale.ROOT, "%d/%d/%d %d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
    }

    static String iso(LocalDateTime t) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute());
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The renamed platform's {@code 2024.03.07 14:23}. */
    static String renamedTime(LocalDateTime t) {
        return String.format(Locale.ROOT, "%04d.%02d.%02d %02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute());
    }
}

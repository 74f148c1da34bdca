package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;

/** The whole sentences of {@link Phrasing}. Stateless and thread-safe. */
final class Sentences {

    private Sentences() {}

    static String disputesResolved(Phrasing p, long received, long resolved) {
        counts(received, resolved, "resolved");
        boolean zh = p.language() == Language.ZH;
        if (received == 0) {
            return zh ? "受理矛盾纠纷0宗" : "received no disputes";
        }
        String rate = p.percent(resolved, received);
        if (zh) {
            return "受理矛盾纠纷" + p.count(received, Measure.DISPUTES) + p.punctuation().comma()
                    + "成功调解" + p.count(resolved, Measure.DISPUTES) + p.punctuation().comma()
                    + "调解成功率" + rate;
        }
        return "received " + p.count(received, Measure.DISPUTES) + " and mediated " + p.count(resolved)
                + " successfully, a resolution rate of " + rate;
    }

    static String disputesConcluded(Phrasing p, long received, long concluded, Measure measure) {
        Objects.requireNonNull(measure, "measure");
        counts(received, concluded, "concluded");
        boolean zh = p.language() == Language.ZH;
        if (received == 0) {
            return zh ? "受理矛盾纠纷0" + measure.zh() : "received no " + measure.enPlural();
        }
        String rate = p.percent(concluded, received);
        if (zh) {
            return "受理矛盾纠纷" + p.count(received, measure) + p.punctuation().comma() + "调结率达" + rate;
        }
        return "received " + p.count(received, measure) + ", with a conclusion rate of " + rate;
    }

    static String zeroIncidentShare(Phrasing p, String scope, long zeroUnits, long units) {
        Check.notBlank(scope, "scope");
        Check.argument(units > 0, "a zero-incident share needs at least one village or community, got %d", units);
        Check.argument(zeroUnits >= 0 && zeroUnits <= units,
                "zero-incident units (%d) must be between 0 and the units (%d)", zeroUnits, units);
        String share = p.percent(zeroUnits, units);
        if (p.language() == Language.ZH) {
            return "全" + scope + share + "的村" + p.punctuation().bracket("社区") + "实现刑事案件零发案";
        }
        return share + " of villages (communities) across the " + scope + " had no criminal case";
    }

    /**
     * The scope word for a unit: by its name where the name says what it is (a county 县, a
     * street 街道, a township 乡 share the levels of 区 and 镇), else by its level.
     */
    static String scope(Language language, Level level, String name) {
        if (language == Language.ZH && level != Level.VILLAGE) {
            for (String suffix : new String[] {"街道", "县", "乡", "旗"}) {
                if (name.endsWith(suffix)) {
                    return suffix;
                }
            }
        } else if (language == Language.EN && level == Level.DISTRICT && name.endsWith("县")) {
            return "county";
        }
        return scope(language, level);
    }

    static String scope(Language language, Level level) {
        Objects.requireNonNull(level, "level");
        boolean zh = language == Language.ZH;
        return switch (level) {
            case CITY -> zh ? "市" : "city";
            case DISTRICT -> zh ? "区" : "district";
            case TOWN -> zh ? "镇" : "town";
            case VILLAGE -> throw new IllegalArgumentException(
                    "a zero-incident share is over the villages and communities below a unit; a village has none");
        };
    }

    static String outreach(Phrasing p, String activity, long sessions, long audience) {
        Check.notBlank(activity, "activity");
        Check.nonNegative(sessions, "sessions");
        Check.nonNegative(audience, "audience");
        if (p.language() == Language.ZH) {
            return "开展" + activity + p.count(sessions, Measure.SESSIONS) + p.punctuation().comma()
                    + "受教育群众达" + p.count(audience, Measure.PERSON_TIMES);
        }
        return "held " + p.count(sessions) + " " + activity + ", reaching " + p.count(audience, Measure.PERSON_TIMES);
    }

    static String fraudsStopped(Phrasing p, long frauds, long lossAvoidedYuan) {
        Check.nonNegative(frauds, "frauds");
        Check.nonNegative(lossAvoidedYuan, "lossAvoidedYuan");
        if (p.language() == Language.ZH) {
            return "及时劝阻" + p.count(frauds, Measure.FRAUDS) + "电信网络诈骗" + p.punctuation().comma()
                    + "避免群众财产损失" + p.count(lossAvoidedYuan, Measure.YUAN);
        }
        return "stopped " + p.count(frauds) + " telecom " + Measure.FRAUDS.word(Language.EN, frauds)
                + " in time, avoiding losses of " + p.count(lossAvoidedYuan, Measure.YUAN);
    }

    private static void counts(long received, long part, String partName) {
        Check.nonNegative(received, "received");
        Check.nonNegative(part, partName);
        Check.argument(part <= received, "%s (%d) must not exceed received (%d)", partName, part, received);
    }
}

package org.communitysafety.core.sample;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.communitysafety.core.lang.Check;

/**
 * Plausible Chinese place names made of two syllables and a suffix: rural names from
 * landscape syllables (柳岸村, 青山镇), urban names from the auspicious syllables of street and
 * community names (和平社区, 文晖街道), district names from a shorter list (东江区, 石川县).
 *
 * <p>Each syllable list has 48 characters, so 2,000-odd combinations; a {@link Picker} hands out
 * distinct names among siblings. Pairs of one character twice (湖湖) are skipped.
 *
 * <p>The lists are constants; the class is stateless and thread-safe.
 */
final class Names {
    private Names() {}

    static final String[] RURAL_FIRST = split(
            "东西南北上下大小新老前后青白石金银黄红柳桃杏梅竹松枫桂兰荷云龙凤马牛鹤高长永安平三五双清明望茶桑");
    static final String[] RURAL_SECOND = split(
            "湖山河桥塘溪岭坞湾口坪庄园田岸港浦埠头堰墩林峰沙洲滩泉圩坑垟岙舍店畈墅渡亭家坝井阳川岗泽源州江陵");
    static final String[] URBAN_FIRST = split(
            "和平幸福阳光文晖朝春江翠锦绣华兴康宁丰德仁嘉瑞祥新民东西南北海天景芳紫金绿城湖滨星月长庆益泰恒昌");
    static final String[] URBAN_SECOND = split(
            "苑园里坊路桥湾庭府城门街巷花景华安和平明晖新兴福康源泉溪湖滨林庄阁都汇邦悦居峰港江河亭台堂厦荟畔");
    static final String[] DISTRICT_SECOND = split("江山湖城川阳溪宁安州平兴海塘阴浦");

    private static String[] split(String s) {
        return s.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }

    /**
     * Hands out distinct names {@code first + second + suffix} among one set of siblings.
     *
     * <p>Not thread-safe.
     */
    static final class Picker {
        private final String[] first;
        private final String[] second;
        private final SplittableRandom rng;
        private final BitSet used = new BitSet();
        private int left;

        Picker(String[] first, String[] second, SplittableRandom rng) {
            this.first = first;
            this.second = second;
            this.rng = rng;
            int n = first.length * second.length;
            for (int k = 0; k < n; k++) {
                if (first[k / second.length].equals(second[k % second.length])) {
                    used.set(k);
                }
            }
            this.left = n - used.cardinality();
        }

        /** A stem (two syllables) not handed out before. */
        String next() {
            Check.state(left > 0, "ran out of names: all %d combinations are taken", first.length * second.length);
            int n = first.length * second.length;
            int k = rng.nextInt(n);
            while (used.get(k)) {
                k = k + 1 == n ? 0 : k + 1;
            }
            used.set(k);
            left--;
            return first[k / second.length] + second[k % second.length];
        }

        /** Marks a stem as taken, if this picker could make it. */
        void reserve(String stem) {
            for (int k = 0; k < first.length * second.length; k++) {
                if (!used.get(k) && stem.equals(first[k / second.length] + second[k % second.length])) {
                    used.set(k);
                    left--;
                }
            }
        }
    }
}

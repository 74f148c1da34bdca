package org.communitysafety.core.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Suggest;

/**
 * The incident categories in use, each with a dense index (its position), and the groups they
 * form.
 *
 * <p>{@link #defaultTaxonomy()} covers the categories of Chinese community-safety reports;
 * a data directory's {@code taxonomy.csv} ({@code code,label_zh,label_en,criminal,groups},
 * groups separated by {@code |}) replaces it. Groups are sets of categories such as
 * {@code property}, {@code two_robberies} (两抢 = robbery + snatching), {@code fraud}
 * (fraud + telecom fraud) or {@code traffic}; the group {@value #CRIMINAL} always holds
 * exactly the criminal categories.
 *
 * <p>Data files may name a category by its code, its Chinese or English label, or a synonym
 * ({@link #resolve}): the default taxonomy's synonyms ({@code 盗窃案} → theft, {@code 电诈} →
 * telecom_fraud …) are data in {@code synonyms.properties} beside this class; a
 * {@code taxonomy.csv} lists its own in a {@code synonyms} column. Every code, label and synonym
 * names one category, so one hash look-up resolves a value.
 *
 * <p>Immutable and thread-safe.
 */
public final class Taxonomy {
    /** The group every criminal category belongs to. */
    public static final String CRIMINAL = "criminal";

    private static final Taxonomy DEFAULT = of(List.of(
            Category.of("theft", "盗窃", "theft", true, "property", "theft"),
            Category.of("burglary", "入室盗窃", "burglary", true, "property", "theft"),
            Category.of("vehicle_theft", "盗窃机动车", "vehicle theft", true, "property", "theft"),
            Category.of("ebike_theft", "盗窃电动自行车", "e-bike and bicycle theft", true, "property", "theft"),
            Category.of("fraud", "诈骗", "fraud", true, "property", "fraud"),
            Category.of("telecom_fraud", "电信网络诈骗", "telecom and online fraud", true, "property", "fraud"),
            Category.of("robbery", "抢劫", "robbery", true, "property", "two_robberies", "contact_property", "violent"),
            Category.of("snatching", "抢夺", "snatching", true, "property", "two_robberies", "contact_property"),
            Category.of("assault", "故意伤害", "assault", true, "violent"),
            Category.of("homicide", "故意杀人", "homicide", true, "violent"),
            Category.of("sexual_offence", "性侵害", "sexual offence", true, "violent"),
            Category.of("drugs", "涉毒", "drug offence", true, "drugs"),
            Category.of("gambling", "赌博", "gambling", false, "public_order"),
            Category.of("public_order", "治安案件", "public-order case", false, "public_order"),
            Category.of("traffic_accident", "交通事故", "traffic accident", false, "traffic"),
            Category.of("fire", "火灾", "fire", false, "fire"),
            Category.of("dispute_call", "纠纷类警情", "dispute call", false, "dispute"),
            Category.of("other", "其他", "other", false)), DefaultSynonyms.read());

    /**
     * The Chinese and English labels of a group, e.g. 盗窃类案件 / theft, for reports that name
     * groups. Immutable and thread-safe.
     *
     * @param labelZh e.g. {@code 盗窃类案件}
     * @param labelEn e.g. {@code theft}
     */
    public record GroupLabel(String labelZh, String labelEn) {
        public GroupLabel {
            Check.notBlank(labelZh, "labelZh");
            Check.notBlank(labelEn, "labelEn");
        }
    }

    private final List<Category> categories;
    private final Map<String, Integer> indexByCode;
    /** Codes, labels and synonyms, each to the index of the one category it names. */
    private final Map<String, Integer> indexByName;
    /** The synonyms of each category that has some, by code, in the order given. */
    private final Map<String, List<String>> synonyms;
    private final SortedSet<String> groups;
    private final Map<String, GroupLabel> groupLabels;

    private Taxonomy(List<Category> categories, Map<String, List<String>> synonyms,
            Map<String, GroupLabel> groupLabels) {
        this.categories = categories;
        this.synonyms = synonyms;
        this.groupLabels = Map.copyOf(groupLabels);
        this.indexByCode = new HashMap<>();
        TreeSet<String> g = new TreeSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            Check.argument(indexByCode.putIfAbsent(c.code(), i) == null, "duplicate category %s", c.code());
            g.addAll(c.groups());
        }
        Check.argument(!categories.isEmpty(), "a taxonomy needs at least one category");
        for (String code : synonyms.keySet()) {
            Check.argument(indexByCode.containsKey(code), "synonyms for unknown category %s%s", code,
                    Suggest.didYouMean(code, indexByCode.keySet()));
        }
        this.indexByName = new HashMap<>(indexByCode);
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            List<String> names = new ArrayList<>(List.of(c.labelZh(), c.labelEn()));
            names.addAll(synonyms.getOrDefault(c.code(), List.of()));
            for (String name : names) {
                Integer other = indexByName.putIfAbsent(name, i);
                Check.argument(other == null || other == i, "%s names both %s and %s; a label or synonym must name"
                        + " one category", name, other == null ? "" : categories.get(other).code(), c.code());
            }
        }
        this.groups = java.util.Collections.unmodifiableSortedSet(g);
    }

    /**
     * The default taxonomy: theft, burglary, vehicle_theft, ebike_theft, fraud, telecom_fraud,
     * robbery, snatching, assault, homicide, sexual_offence, drugs (criminal); gambling,
     * public_order, traffic_accident, fire, dispute_call, other (not criminal). Groups:
     * {@code criminal}, {@code property}, {@code theft}, {@code fraud}, {@code two_robberies},
     * {@code contact_property}, {@code violent}, {@code drugs}, {@code public_order},
     * {@code traffic}, {@code fire}, {@code dispute}.
     */
    public static Taxonomy defaultTaxonomy() {
        return DEFAULT;
    }

    /**
     * A taxonomy of the given categories, indexed in the order given.
     *
     * @throws IllegalArgumentException if a code repeats or the list is empty
     */
    public static Taxonomy of(Collection<Category> categories) {
        return of(categories, Map.of());
    }

    /**
     * A taxonomy of the given categories, indexed in the order given, whose values may also be
     * written as the given synonyms: {@code Map.of("theft", List.of("盗窃案", "扒窃"))}.
     *
     * @throws IllegalArgumentException if a code repeats, the list is empty, a key of
     *     {@code synonyms} is not a code, or a label or synonym names two categories (the
     *     message names both)
     */
    public static Taxonomy of(Collection<Category> categories, Map<String, ? extends Collection<String>> synonyms) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(synonyms, "synonyms");
        Map<String, List<String>> copy = new HashMap<>();
        synonyms.forEach((code, names) -> {
            List<String> list = List.copyOf(names);
            list.forEach(n -> Check.notBlank(n, "synonym"));
            if (!list.isEmpty()) {
                copy.put(code, list);
            }
        });
        return new Taxonomy(List.copyOf(categories), Map.copyOf(copy), Map.of());
    }

    /** The categories in index order. */
    public List<Category> categories() {
        return categories;
    }

    /** The number of categories. */
    public int size() {
        return categories.size();
    }

    /** The category at {@code index}. */
    public Category category(int index) {
        Check.argument(index >= 0 && index < categories.size(), "category index %d is outside 0..%d", index,
                categories.size() - 1);
        return categories.get(index);
    }

    /**
     * The category with this code.
     *
     * @throws IllegalArgumentException if there is none, suggesting the nearest code
     */
    public Category category(String code) {
        return categories.get(indexOf(code));
    }

    /** The index of the category with this code; throws like {@link #category(String)}. */
    public int indexOf(String code) {
        Objects.requireNonNull(code, "code");
        Integer i = indexByCode.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown category " + code + Suggest.didYouMean(code, indexByCode.keySet()));
        }
        return i;
    }

    /** The index of the category with this code, if any. */
    public OptionalInt find(String code) {
        Integer i = indexByCode.get(Objects.requireNonNull(code, "code"));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * The index of the category that {@code text} names by its code, its Chinese or English
     * label or a synonym, exactly as written ({@code 盗窃}, {@code theft}, {@code 盗窃案}), if any.
     * One hash look-up.
     */
    public OptionalInt resolve(String text) {
        Integer i = indexByName.get(Objects.requireNonNull(text, "text"));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * The nearest code to an unknown value, for "did you mean" messages; for a value not in
     * ASCII with no code near it, the nearest label or synonym with its code, {@code 盗窃案 (theft)}.
     */
    public Optional<String> suggest(String text) {
        Optional<String> code = Suggest.nearest(text, indexByCode.keySet());
        if (code.isPresent() || text.chars().allMatch(ch -> ch < 0x80)) {
            return code;
        }
        return Suggest.nearest(text, indexByName.keySet())
                .map(name -> name + " (" + categories.get(indexByName.get(name)).code() + ")");
    }

    /** The synonyms of the category with this code, in the order given; empty when it has none. */
    public List<String> synonyms(String code) {
        return synonyms.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /** Whether a category has this code. */
    public boolean contains(String code) {
        return indexByCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /** The codes of all categories, for suggestions. */
    public java.util.Set<String> codes() {
        return java.util.Collections.unmodifiableSet(indexByCode.keySet());
    }

    /** Every group named by some category, sorted. */
    public SortedSet<String> groups() {
        return groups;
    }

    /**
     * The categories of {@code group}, in index order.
     *
     * @throws IllegalArgumentException if no category belongs to the group
     */
    public List<Category> group(String group) {
        Objects.requireNonNull(group, "group");
        List<Category> members = categories.stream().filter(c -> c.isIn(group)).toList();
        Check.argument(!members.isEmpty(), "unknown group %s; the groups are %s", group, groups);
        return members;
    }

    /**
     * A mask over category indices: {@code mask[i]} is true when category {@code i} is in
     * {@code group}; for tight loops in the aggregation core.
     */
    public boolean[] groupMask(String group) {
        List<Category> members = group(group);
        boolean[] mask = new boolean[categories.size()];
        members.forEach(c -> mask[indexByCode.get(c.code())] = true);
        return mask;
    }

    /**
     * This taxonomy with labels for {@code group}, which reports show instead of the group's code
     * (a group has no label of its own until given one; reports then fall back to their built-in
     * labels for the default groups, and to the code).
     *
     * @throws IllegalArgumentException if no category belongs to the group, or a label is blank
     */
    public Taxonomy withGroupLabel(String group, String labelZh, String labelEn) {
        Objects.requireNonNull(group, "group");
        Check.argument(groups.contains(group), "unknown group %s; the groups are %s", group, groups);
        Map<String, GroupLabel> labels = new HashMap<>(groupLabels);
        labels.put(group, new GroupLabel(labelZh, labelEn));
        return new Taxonomy(categories, synonyms, labels);
    }

    /** The labels given to {@code group} with {@link #withGroupLabel}, if any. */
    public Optional<GroupLabel> groupLabel(String group) {
        return Optional.ofNullable(groupLabels.get(Objects.requireNonNull(group, "group")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taxonomy t && categories.equals(t.categories) && synonyms.equals(t.synonyms)
                && groupLabels.equals(t.groupLabels);
    }

    @Override
    public int hashCode() {
        return (categories.hashCode() * 31 + synonyms.hashCode()) * 31 + groupLabels.hashCode();
    }

    /** A bounded summary listing the codes. */
    @Override
    public String toString() {
        return "Taxonomy[" + categories.size() + " categories: "
                + categories.stream().map(Category::code).collect(Collectors.joining(", ")) + "]";
    }

    /** The default taxonomy's categories as a list, for users who want to extend it. */
    public static List<Category> defaultCategories() {
        return new ArrayList<>(DEFAULT.categories);
    }
}

package org.communitysafety.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the PDF's Chinese font comes from, in this order: a file named by the caller
 * ({@code --font PATH}, {@link PdfReport#withFont}); the environment variable {@value #ENV};
 * the first of the common system locations that holds a TrueType CJK font. Immutable and
 * thread-safe.
 *
 * <p>The system locations: WenQuanYi Zen Hei and Micro Hei, Droid Sans Fallback and AR PL
 * UMing on Linux (Debian's {@code fonts-wqy-zenhei}, {@code fonts-wqy-microhei},
 * {@code fonts-droid-fallback}, {@code fonts-arphic-uming}); Microsoft YaHei, DengXian, SimHei
 * and SimSun on Windows; PingFang, STHeiti and Arial Unicode on macOS. Noto Sans CJK and Source
 * Han Sans, the commonest CJK fonts on Linux, are looked for last and then refused with a
 * message, since their files have CFF outlines that PDFBox cannot embed ({@link FontFile}).
 * A name given explicitly that cannot be used is an error, never silently passed over: a user
 * who names a font expects it in the PDF.
 */
public final class FontLookup {

    /** The environment variable that names a font file: {@code CSI_FONT=/path/to/font.ttf}. */
    public static final String ENV = "CSI_FONT";

    private static final List<String> LINUX = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc");
    private static final List<String> WINDOWS = List.of("msyh.ttc", "msyh.ttf", "Deng.ttf", "simhei.ttf",
            "simsun.ttc");
    private static final List<String> MACOS = List.of(
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");
    /** CFF fonts: found only to say why they cannot be used. */
    private static final List<String> CFF = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/source-han-sans/SourceHanSansSC-Regular.otf");

    private final Optional<String> env;
    private final List<Path> candidates;

    private FontLookup(Optional<String> env, List<Path> candidates) {
        this.env = env;
        this.candidates = List.copyOf(candidates);
    }

    /** The lookup of this machine: {@value #ENV} from the environment and the system locations. */
    public static FontLookup system() {
        List<Path> paths = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String p : LINUX) {
            paths.add(Path.of(p));
        }
        for (String name : List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf")) {
            paths.add(Path.of(home, ".local", "share", "fonts", name));
            paths.add(Path.of(home, ".fonts", name));
        }
        String windir = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
        for (String name : WINDOWS) {
            paths.add(Path.of(windir, "Fonts", name));
        }
        for (String p : MACOS) {
            paths.add(Path.of(p));
        }
        for (String p : CFF) {
            paths.add(Path.of(p));
        }
        return new FontLookup(Optional.ofNullable(System.getenv(ENV)).filter(s -> !s.isBlank()), paths);
    }

    /**
     * A lookup with the value of {@value #ENV} (empty: unset) and the system locations given, in
     * order; for tests, and for applications that keep fonts elsewhere.
     */
    public static FontLookup of(Optional<String> env, List<Path> candidates) {
        return new FontLookup(Objects.requireNonNull(env, "env"), Objects.requireNonNull(candidates, "candidates"));
    }

    /** A lookup that finds nothing but the font named explicitly. */
    public static FontLookup none() {
        return new FontLookup(Optional.empty(), List.of());
    }

    /** What a search found: the font, if any, and the fonts found but refused, with the reasons. */
    record Search(Optional<FontFile> font, List<String> refused) {
        Search {
            refused = List.copyOf(refused);
        }
    }

    /**
     * The font to embed: {@code explicit} if given, else the file named by {@value #ENV}, else the
     * first system location that holds a TrueType font with Chinese glyphs; none when there is
     * none, with the system fonts found but refused (CFF outlines) and why.
     *
     * @throws PdfFontException when {@code explicit} or {@value #ENV} names a file that is not a
     *     usable TrueType font
     */
    Search find(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return new Search(Optional.of(FontFile.read(explicit.get(), "--font " + explicit.get())), List.of());
        }
        if (env.isPresent()) {
            return new Search(Optional.of(FontFile.read(Path.of(env.get()), ENV + "=" + env.get())), List.of());
        }
        List<String> refused = new ArrayList<>();
        for (Path p : candidates) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                FontFile f = FontFile.read(p, p.toString());
                if (f.isCjk()) {
                    return new Search(Optional.of(f), refused);
                }
                refused.add(p + ": has no Chinese glyphs");
            } catch (PdfFontException e) {
                refused.add(e.getMessage());
            }
        }
        return new Search(Optional.empty(), refused);
    }

    /** The system locations looked at, for messages. */
    List<Path> candidates() {
        return candidates;
    }

    @Override
    public String toString() {
        return "FontLookup[" + ENV + "=" + env.orElse("(unset)") + ", " + candidates.size() + " locations]";
    }
}

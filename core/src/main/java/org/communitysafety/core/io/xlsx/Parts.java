package org.communitysafety.core.io.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a workbook (zip entries) as StAX readers, or a sheet as guarded bytes for
 * {@link SheetScanner}: the JDK's own parser, made safe for
 * files from anywhere — no DTDs, no external entities — and each entry guarded against a zip
 * bomb ({@link #MAX_RATIO}, {@link #MAX_PLAIN_BYTES}). Package-private; stateless and thread-safe.
 */
final class Parts {
    /** An entry may inflate to more than {@value} bytes ... */
    static final long MAX_PLAIN_BYTES = 1L << 30;
    /** ... only when it is at most this many times its compressed size. */
    static final long MAX_RATIO = 100;

    private static final XMLInputFactory FACTORY = secureFactory();

    private Parts() {}

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // without a reporter the JDK's parser prints "[Fatal Error] …" to System.err before it
        // throws; the exception becomes the problem the user sees, so the print is noise
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
    }

    /**
     * Opens the entry {@code name} of {@code zip} as XML.
     *
     * @throws IOException naming the entry when it is missing, too large for its compressed size,
     *     or does not start as XML
     */
    static Xml open(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("the part " + name + " is missing");
        }
        return open(zip, entry);
    }

    static Xml open(ZipFile zip, ZipEntry entry) throws IOException {
        InputStream in = stream(zip, entry);
        java.io.Reader text;
        try {
            text = strictText(in);
        } catch (java.util.zip.ZipException e) {
            in.close();
            throw new IOException("the part " + entry.getName() + " cannot be read: " + damagedZip(e), e);
        }
        try {
            return new Xml(FACTORY.createXMLStreamReader(text), in);
        } catch (XMLStreamException e) {
            in.close();
            throw new IOException("the part " + entry.getName() + (below(e) != null ? " cannot be read: " : " is not XML: ")
                    + reason(e), e);
        }
    }

    /**
     * The entry's inflated bytes, guarded against a zip bomb: a sheet, which {@link SheetScanner}
     * reads without StAX.
     *
     * @throws IOException when the entry is too large for its compressed size
     */
    static InputStream stream(ZipFile zip, ZipEntry entry) throws IOException {
        long packed = entry.getCompressedSize();
        long plain = entry.getSize();
        if (tooLarge(plain, packed)) {
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "the part %s inflates from %d to %d bytes, more than %d times and more than %d bytes;"
                            + " it looks like a zip bomb and is not read",
                    entry.getName(), packed, plain, MAX_RATIO, MAX_PLAIN_BYTES));
        }
        return new Guarded(zip.getInputStream(entry), entry.getName(), packed);
    }

    /**
     * The part's text, decoded here rather than by the XML parser, strictly: bytes that are not
     * valid in the part's encoding (UTF-8, or UTF-16 after its byte-order mark, the two that
     * ECMA-376 allows) end reading with an {@code IOException}. The JDK's parser, decoding bytes
     * itself, prints {@code [Fatal Error] …} to {@code System.err} on such bytes, whatever
     * reporter it is given, before it throws.
     */
    private static java.io.Reader strictText(InputStream in) throws IOException {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 1 << 16);
        b.mark(3);
        int b0 = b.read();
        int b1 = b.read();
        int b2 = b.read();
        java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.UTF_8;
        int skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            cs = java.nio.charset.StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            cs = java.nio.charset.StandardCharsets.UTF_16LE;
            skip = 2;
        }
        b.reset();
        b.skipNBytes(skip);
        return new java.io.InputStreamReader(b, cs.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /** An entry's XML reader and the stream under it, closed together (closing a StAX reader leaves its stream open). */
    record Xml(XMLStreamReader reader, InputStream in) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the stream is closed below either way
            } finally {
                in.close();
            }
        }
    }

    /** Whether {@code plain} bytes from {@code packed} exceed both limits; an unknown size (-1) does not. */
    static boolean tooLarge(long plain, long packed) {
        return plain > MAX_PLAIN_BYTES && (packed <= 0 || plain > MAX_RATIO * packed);
    }

    /** What the parser failed on below the XML, if anything: a damaged zip, bytes that are not text. */
    private static Throwable below(XMLStreamException e) {
        Throwable t = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return t instanceof java.util.zip.ZipException || t instanceof java.nio.charset.CharacterCodingException ? t : null;
    }

    /** {@code the zip is damaged (invalid LOC header (bad signature))}: the JDK's words without its class names. */
    static String damagedZip(java.util.zip.ZipException e) {
        String m = String.valueOf(e.getMessage());
        return "the zip is damaged (" + (m.startsWith("ZipFile ") ? m.substring("ZipFile ".length()) : m) + ")";
    }

    /**
     * The parser's message without its location prefix, which names lines of XML, not rows; for
     * a damaged zip, {@code the zip is damaged (invalid LOC header (bad signature))}, and for
     * bytes that are not text, {@code it holds bytes that are not valid UTF-8}: without the
     * exceptions' class names.
     */
    static String reason(XMLStreamException e) {
        Throwable below = below(e);
        if (below instanceof java.util.zip.ZipException z) {
            return damagedZip(z);
        }
        if (below != null) {
            return "it holds bytes that are not valid UTF-8 (or UTF-16 after a byte-order mark), the encodings of a workbook";
        }
        String m = e.getMessage();
        int i = m == null ? -1 : m.indexOf("Message: ");
        return i < 0 ? String.valueOf(m) : m.substring(i + "Message: ".length()).strip();
    }

    /** Appends the text of the {@code <t>} elements below the current one, skipping {@code <rPh>}. */
    static void appendText(XMLStreamReader r, StringBuilder s) throws XMLStreamException {
        int depth = 1;
        int skipFrom = 0; // depth at which an <rPh> started, or 0
        boolean inT = false;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String n = r.getLocalName();
                if (skipFrom == 0 && n.equals("rPh")) {
                    skipFrom = depth;
                } else if (skipFrom == 0 && n.equals("t")) {
                    inT = true;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth == skipFrom) {
                    skipFrom = 0;
                }
                inT = false;
                depth--;
            } else if (inT && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE)) {
                s.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
        }
    }

    /** The attribute's value by local name, whatever its namespace, or null. */
    static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Counts the inflated bytes and stops at the zip-bomb limit, whatever the entry declared. */
    private static final class Guarded extends FilterInputStream {
        private final String name;
        private final long packed;
        private long count;

        Guarded(InputStream in, String name, long packed) {
            super(in);
            this.name = name;
            this.packed = packed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (tooLarge(count, packed)) {
                throw new IOException(String.format(java.util.Locale.ROOT,
                        "the part %s inflates from %d to more than %d bytes, more than %d times and more than"
                                + " %d bytes; it looks like a zip bomb and is not read further",
                        name, packed, count, MAX_RATIO, MAX_PLAIN_BYTES));
            }
        }
    }
}

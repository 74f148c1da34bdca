package org.communitysafety.core.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Writes a data set as a directory of JSON Lines files that {@link
 * org.communitysafety.core.io.DatasetReader} reads back to an equal data set.
 *
 * <p>Each file holds one JSON object per line, UTF-8 without a byte-order mark, LF line
 * endings. The keys are the CSV columns, in the same order, and the values have the same text
 * as in {@link DatasetWriter}'s CSV files ({@link DatasetWriter#fields(Incident)}): dates
 * {@code "2024-03-07"}, codes as strings. Numeric columns (population, households, area,
 * year, counts, amounts in yuan) are JSON numbers with that text ({@code 1234.50}), the
 * {@code criminal} and {@code repeat_call} flags JSON booleans. An absent value — what the
 * CSV writer leaves as an empty cell, including a zero amount — is left out.
 *
 * <pre>{@code
 * {"id":"I1","unit":"330101001","category":"theft","occurred_on":"2024-03-07","criminal":true,"repeat_call":false,"loss":1234.50,"source":"call"}
 * }</pre>
 *
 * <p>{@code taxonomy.jsonl} is written only when the taxonomy is not the default one, and
 * {@code populations.jsonl} only when there are year-specific populations. The record writers
 * take streams and write in constant memory.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonLinesWriter {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    private static final Set<String> NUMBERS = Set.of("population", "households", "area_km2", "year", "staff",
            "volunteers", "audience", "hazards_found", "hazards_fixed", "leads", "frauds_stopped", "loss", "recovered",
            "amount", "loss_avoided", "latitude", "longitude");
    private static final Set<String> BOOLEANS = Set.of("criminal", "repeat_call");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonLinesWriter() {}

    /** JSON Lines as a {@link DatasetWriter.Format}: {@code DatasetWriter.write(data, dir, JsonLinesWriter.FORMAT)}. */
    public static final DatasetWriter.Format FORMAT = new DatasetWriter.Format("jsonl",
            (file, base, rows) -> write(file, base, rows, Function.identity()));

    /** Writes every file of {@code data} into {@code dir}, creating it if needed. */
    public static void write(Dataset data, Path dir) throws IOException {
        DatasetWriter.write(data, dir, FORMAT);
    }

    /** Writes {@code jurisdictions.jsonl}. */
    public static long writeJurisdictions(List<Jurisdiction> units, Path file) throws IOException {
        return write(file, "jurisdictions", units.stream(), DatasetWriter::fields);
    }

    /** Writes {@code taxonomy.jsonl}. */
    public static long writeTaxonomy(Taxonomy taxonomy, Path file) throws IOException {
        return write(file, "taxonomy", taxonomy.categories().stream(), DatasetWriter.fields(taxonomy));
    }

    /** Writes {@code populations.jsonl}. */
    public static long writePopulations(Populations populations, Path file) throws IOException {
        return write(file, "populations", populations.figures().stream(), DatasetWriter::fields);
    }

    /** Writes {@code incidents.jsonl} from a stream, in constant memory; returns the number written. */
    public static long writeIncidents(Stream<Incident> incidents, Path file) throws IOException {
        return write(file, "incidents", incidents, DatasetWriter::fieldsWithPlace);
    }

    /** Writes {@code disputes.jsonl} from a stream, in constant memory; returns the number written. */
    public static long writeDisputes(Stream<Dispute> disputes, Path file) throws IOException {
        return write(file, "disputes", disputes, DatasetWriter::fields);
    }

    /** Writes {@code outreach.jsonl} from a stream, in constant memory; returns the number written. */
    public static long writeOutreach(Stream<OutreachSession> sessions, Path file) throws IOException {
        return write(file, "outreach", sessions, DatasetWriter::fields);
    }

    private static <T> long write(Path file, String base, Stream<T> records, Function<T, List<String>> fields)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(records, "records");
        List<String> columns = DatasetWriter.columns(base);
        if (base.equals("incidents")) { // the place cells, when a row has them; empty ones are left out
            columns = new java.util.ArrayList<>(columns);
            columns.addAll(DatasetWriter.placeColumns());
        }
        int n = columns.size();
        byte[] kinds = new byte[n];
        for (int c = 0; c < n; c++) {
            kinds[c] = NUMBERS.contains(columns.get(c)) ? (byte) 1 : BOOLEANS.contains(columns.get(c)) ? (byte) 2 : 0;
        }
        long count = 0;
        try (JsonGenerator out = FACTORY.createGenerator(
                new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), JsonEncoding.UTF8)) {
            Iterator<T> it = records.iterator();
            while (it.hasNext()) {
                List<String> cells = fields.apply(it.next());
                out.writeStartObject();
                for (int c = 0; c < Math.min(n, cells.size()); c++) {
                    String text = cells.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    out.writeFieldName(columns.get(c));
                    if (kinds[c] == 1 && JSON_NUMBER.matcher(text).matches()) {
                        out.writeNumber(text);
                    } else if (kinds[c] == 2 && (text.equals("true") || text.equals("false"))) {
                        out.writeBoolean(text.equals("true"));
                    } else {
                        out.writeString(text);
                    }
                }
                out.writeEndObject();
                out.writeRaw('\n');
                count++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count;
    }
}

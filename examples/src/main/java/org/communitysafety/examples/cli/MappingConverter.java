package org.communitysafety.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.communitysafety.core.io.MappingProfile;
import picocli.CommandLine;

/**
 * {@code --mapping FILE}: the mapping profile in FILE; a file that cannot be read or a bad line
 * in it is a usage error that names the file and line.
 */
final class MappingConverter implements CommandLine.ITypeConverter<MappingProfile> {
    @Override
    public MappingProfile convert(String value) {
        try {
            return MappingProfile.read(Path.of(value));
        } catch (IOException e) {
            throw new CommandLine.TypeConversionException("cannot read the mapping profile " + value + ": "
                    + Console.describe(e));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("bad mapping profile:\n" + e.getMessage());
        }
    }
}

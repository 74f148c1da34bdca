package org.communitysafety.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The registered {@link RowSourceProvider}s, loaded once with {@link ServiceLoader} from the
 * class loader of the library; a provider that cannot be instantiated is left out. Package-private;
 * immutable and thread-safe.
 */
final class RowSourceProviders {
    private static final List<RowSourceProvider> ALL = load();

    private RowSourceProviders() {}

    /** The providers in the order the service files list them. */
    static List<RowSourceProvider> all() {
        return ALL;
    }

    private static List<RowSourceProvider> load() {
        List<RowSourceProvider> providers = new ArrayList<>();
        ServiceLoader<RowSourceProvider> loader =
                ServiceLoader.load(RowSourceProvider.class, RowSourceProvider.class.getClassLoader());
        for (ServiceLoader.Provider<RowSourceProvider> p : loader.stream().toList()) {
            try {
                RowSourceProvider provider = p.get();
                if (providers.stream().noneMatch(q -> q.extension().equals(provider.extension()))
                        && !provider.extension().toLowerCase(Locale.ROOT).equals("csv")) {
                    providers.add(provider);
                }
            } catch (ServiceConfigurationError e) {
                // a provider whose class cannot load: its format is not offered
            }
        }
        return List.copyOf(providers);
    }
}

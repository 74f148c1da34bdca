// setup.jsh — loaded before every notebook (run.sh does it): the imports a CSI session needs,
// so that a notebook starts with its question, not with boilerplate.
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import org.communitysafety.core.aggregate.*;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.jurisdiction.*;
import org.communitysafety.core.period.*;
import org.communitysafety.core.sample.*;
import org.communitysafety.indicators.*;
import org.communitysafety.indicators.phrasing.*;
import org.communitysafety.examples.sample.BundledSample;

package org.communitysafety.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * POI stays in this module: csi-core and csi-indicators use it in tests at most (core's .xlsx
 * reader is written without it), so that an application writing JSON or CSV does not carry
 * POI's 15 MB. The poms are read as they are in the source tree.
 */
final class ModuleDependenciesTest {
    private static final String RUNTIME = "/project/dependencies/dependency[not(scope='test')]";

    @Test
    void coreAndIndicators_doNotDependOnPoi() throws Exception {
        for (String module : List.of("core", "indicators")) {
            Document pom = parse(Path.of("..", module, "pom.xml"));
            assertThat(xpath(pom, "/project/artifactId")).containsExactly("csi-" + module);
            assertThat(xpath(pom, RUNTIME + "/groupId")).as("%s's dependencies outside tests", module)
                    .doesNotContain("org.apache.poi");
        }
    }

    @Test
    void excel_dependsOnIndicatorsAndPoiOoxml() throws Exception {
        Document pom = parse(Path.of("pom.xml"));
        assertThat(xpath(pom, "/project/artifactId")).containsExactly("csi-excel");
        assertThat(xpath(pom, RUNTIME + "/artifactId")).containsExactlyInAnyOrder("csi-indicators", "poi-ooxml");
    }

    private static Document parse(Path xml) throws Exception {
        assertThat(xml).exists();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(xml));
    }

    private static List<String> xpath(Document doc, String expression) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, doc,
                XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}

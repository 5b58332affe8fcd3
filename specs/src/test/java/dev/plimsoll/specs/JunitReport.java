package dev.plimsoll.specs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The test cases of a JUnit XML report, with their outcome. */
final class JunitReport {

    enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    record TestCase(String classname, String name, Outcome outcome, String message, String systemOut) {}

    /** The JUnit XML schema Jenkins reads, as the runner's tests keep it. */
    private static final Path SCHEMA = Path.of("../runner/src/test/resources/junit-10.xsd");

    private JunitReport() {}

    /** Throws when {@code file} does not follow the schema Jenkins uses. */
    static void validate(Path file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SCHEMA.toFile())
                .newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    static List<TestCase> read(Path file) throws Exception {
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(file.toFile())
                .getDocumentElement();
        NodeList cases = root.getElementsByTagName("testcase");
        List<TestCase> all = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            all.add(new TestCase(
                    testCase.getAttribute("classname"),
                    testCase.getAttribute("name"),
                    outcome(testCase),
                    child(testCase, "failure")
                            .or(() -> child(testCase, "error"))
                            .map(Element::getTextContent)
                            .orElse(""),
                    child(testCase, "system-out").map(Element::getTextContent).orElse("")));
        }
        return all;
    }

    private static Outcome outcome(Element testCase) {
        if (child(testCase, "failure").isPresent()) {
            return Outcome.FAILED;
        }
        if (child(testCase, "error").isPresent()) {
            return Outcome.ERROR;
        }
        return child(testCase, "skipped").isPresent() ? Outcome.SKIPPED : Outcome.PASSED;
    }

    private static Optional<Element> child(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? Optional.empty() : Optional.of((Element) children.item(0));
    }
}

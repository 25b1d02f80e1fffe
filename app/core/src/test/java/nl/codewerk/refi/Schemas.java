package nl.codewerk.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The official REFI-QDA schemas (copied under resources nl/codewerk/refi), for validating exports in tests. */
final class Schemas {

    private static final Schema PROJECT = load("Project-mrt2019.xsd");
    private static final Schema CODEBOOK = load("Codebook.xsd");

    private Schemas() {
    }

    /** Validation errors of a project.qde; empty when valid. */
    static List<String> projectErrors(byte[] xml) {
        return errors(PROJECT, xml);
    }

    static List<String> codebookErrors(byte[] xml) {
        return errors(CODEBOOK, xml);
    }

    private static Schema load(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(new StreamSource(Schemas.class.getResource("/nl/codewerk/refi/" + name).toString()));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> errors(Schema schema, byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}

package org.ipu.assembly.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS Akoma Ntoso 3.0 schema (LegalDocML, release 2017-03-30, CC BY 4.0 by OASIS, with the
 * W3C {@code xml.xsd} it imports), kept once here for every test that validates an export: {@link
 * #validate} throws, naming the line, column and the schema's complaint, when a document is not
 * valid Akoma Ntoso.
 */
public final class AkomaNtosoSchema {

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  private static final Schema SCHEMA = load();

  private AkomaNtosoSchema() {}

  /** Validates {@code xml}; an {@link AssertionError} names what the schema refused, and where. */
  public static void validate(byte[] xml) {
    try {
      SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      throw new AssertionError(
          "not valid Akoma Ntoso 3.0 at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException e) {
      throw new AssertionError("not valid Akoma Ntoso 3.0: " + e.getMessage(), e);
    }
  }

  private static Schema load() {
    URL xsd =
        Objects.requireNonNull(
            AkomaNtosoSchema.class.getResource("akn/akomantoso30.xsd"), "akomantoso30.xsd");
    try {
      // xml.xsd, which it imports, lies next to it (resolved against the xsd's own URL).
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("the Akoma Ntoso schema does not load", e);
    }
  }
}

package io.github.socialplan.report.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses a chart's SVG as namespace-aware XML and finds the groups that the renderers mark per bar or point. */
final class Svg {

  static final String JFREESVG = "http://www.jfree.org/jfreesvg/svg";

  final Document doc;

  private Svg(Document doc) {
    this.doc = doc;
  }

  /** Parses the text; a document that is not well-formed XML fails the test. */
  static Svg parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return new Svg(f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
  }

  /** The groups whose ref names a data item (all but the chart's top-level group). */
  List<Element> items() {
    List<Element> out = new ArrayList<>();
    NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      String ref = g.getAttributeNS(JFREESVG, "ref");
      if (!ref.isEmpty() && !ref.equals("JFREECHART_TOP_LEVEL")) {
        out.add(g);
      }
    }
    return out;
  }

  /** The items of one series. */
  List<Element> items(String seriesKey) {
    return items().stream().filter(g -> g.getAttributeNS(JFREESVG, "ref")
        .contains("\"seriesKey\": \"" + seriesKey + "\"") || g.getAttributeNS(JFREESVG, "ref")
        .contains("\"rowKey\": \"" + seriesKey + "\"")).toList();
  }

  /** The bounding box {minX, minY, maxX, maxY} of the first path or rect inside a group, in SVG units. */
  static double[] box(Element group) {
    NodeList paths = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    if (paths.getLength() > 0) {
      String d = ((Element) paths.item(0)).getAttribute("d");
      double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
      for (String point : d.replaceAll("[MLZ]", " ").trim().split("\\s+")) {
        String[] xy = point.split(",");
        double x = Double.parseDouble(xy[0]);
        double y = Double.parseDouble(xy[1]);
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
      return b;
    }
    Element r = (Element) group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
    double x = Double.parseDouble(r.getAttribute("x"));
    double y = Double.parseDouble(r.getAttribute("y"));
    return new double[] {x, y, x + Double.parseDouble(r.getAttribute("width")),
        y + Double.parseDouble(r.getAttribute("height"))};
  }

  /** Every text drawn in the chart, joined by new lines. */
  String text() {
    NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      b.append(texts.item(i).getTextContent()).append('\n');
    }
    return b.toString();
  }
}

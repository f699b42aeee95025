package uk.org.hscp.notifier.forms.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the straight rulings of one page: stroked lines and rectangles, and filled rectangles thin
 * enough to be lines (as some converters draw table borders). Curves and images are ignored.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {

    private static final float THIN = 2.0f;

    private final PDRectangle crop;
    private final List<Segment> segments = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private List<Point2D> current;
    private Point2D currentPoint;
    private final PdfLimits.Counter operators = new PdfLimits.Counter(PdfLimits.MAX_OPERATORS, "drawing operators");
    private final PdfLimits.Counter points = new PdfLimits.Counter(PdfLimits.MAX_PATH_POINTS, "drawn points");

    private RuleCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    static List<Segment> collect(PDPage page) throws IOException {
        RuleCollector collector = new RuleCollector(page);
        collector.processPage(page);
        collector.operators.rethrow();
        collector.points.rethrow();
        return collector.segments;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        operators.add();
        super.processOperator(operator, operands);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) throws IOException {
        points.add();
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        currentPoint = p0;
    }

    @Override
    public void moveTo(float x, float y) throws IOException {
        points.add();
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) throws IOException {
        points.add();
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is not a ruling: break the subpath
        current = null;
        currentPoint = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        stroke();
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        fillThin();
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        stroke();
        fillThin();
        clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are not rulings
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is not a ruling
    }

    private void stroke() {
        for (List<Point2D> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                add(path.get(i - 1), path.get(i));
            }
        }
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                add(r[i], r[(i + 1) % 4]);
            }
        }
    }

    /** A filled rectangle no thicker than {@link #THIN} is a line along its middle. */
    private void fillThin() {
        List<Point2D[]> boxes = new ArrayList<>(rectangles);
        for (List<Point2D> path : subpaths) {
            if (path.size() >= 4 && path.size() <= 5) {
                boxes.add(path.subList(0, 4).toArray(new Point2D[0]));
            }
        }
        for (Point2D[] r : boxes) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point2D p : r) {
                minX = Math.min(minX, p.getX());
                maxX = Math.max(maxX, p.getX());
                minY = Math.min(minY, p.getY());
                maxY = Math.max(maxY, p.getY());
            }
            double w = maxX - minX;
            double h = maxY - minY;
            if (h <= THIN && w > h) {
                double y = (minY + maxY) / 2;
                add(new Point2D.Double(minX, y), new Point2D.Double(maxX, y));
            } else if (w <= THIN && h > w) {
                double x = (minX + maxX) / 2;
                add(new Point2D.Double(x, minY), new Point2D.Double(x, maxY));
            }
        }
    }

    private void add(Point2D a, Point2D b) {
        float x1 = (float) (a.getX() - crop.getLowerLeftX());
        float x2 = (float) (b.getX() - crop.getLowerLeftX());
        float y1 = (float) (crop.getUpperRightY() - a.getY());
        float y2 = (float) (crop.getUpperRightY() - b.getY());
        Segment s = Segment.of(x1, y1, x2, y2);
        if (s.horizontal() || s.vertical()) {
            segments.add(s);
        }
    }

    private void clear() {
        subpaths.clear();
        rectangles.clear();
        current = null;
    }
}

import Foundation

/// Per-label scores in -1...1 as bars left (negative) or right (positive) of a centre line, one thin bar
/// per series (sentiment, stance), as inline SVG. A missing value draws nothing.
struct SVGDivergingChart {
    /// One label's scores, parallel to the series.
    struct Row {
        var label: String
        var values: [Double?]
        var tooltip: String
    }

    var series: [(name: String, color: String)]
    var rows: [Row]

    /// Layout in px, as ``SVGBarChart``; each half of the scale is 200 px.
    private let rowHeight = 22.0, labelWidth = 210.0, half = 200.0, top = 26.0

    /// The chart.
    var svg: String {
        let height = top + Double(rows.count) * rowHeight + 22
        let width = labelWidth + 2 * half + 20
        let centre = labelWidth + half
        var out = SVGChart.open(width: width, height: height)
        out += SVGChart.legend(series, from: labelWidth)
        let bottom = top + Double(rows.count) * rowHeight
        out += "<line x1=\"\(centre)\" y1=\"\(top)\" x2=\"\(centre)\" y2=\"\(bottom)\" class=\"axis\"/>"
        for (v, anchor) in [(-1.0, "start"), (0.0, "middle"), (1.0, "end")] {
            out += "<text x=\(SVGBarChart.q(centre + v * half)) y=\"\(bottom + 16)\" text-anchor=\"\(anchor)\">\(v == 0 ? "0" : v < 0 ? "−1" : "+1")</text>"
        }
        let barHeight = 16.0 / Double(max(1, series.count))
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            out += "<g><title>\(HTMLText.escape(row.tooltip))</title>"
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(SVGBarChart.truncate(row.label)))</text>"
            for (j, value) in row.values.enumerated() {
                guard let value else { continue }
                let v = max(-1, min(1, value))
                let w = abs(v) * half
                let bx = v < 0 ? centre - w : centre
                out += "<rect x=\(SVGBarChart.q(bx)) y=\(SVGBarChart.q(y + 3 + Double(j) * barHeight)) width=\(SVGBarChart.q(w)) height=\(SVGBarChart.q(barHeight)) fill=\"\(series[j].color)\"/>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }
}

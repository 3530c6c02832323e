import Foundation

/// A horizontal bar chart as inline SVG: one row per label, each bar stacked from its series' values
/// (non-negative), a total at the end and a tooltip per row. No script, no external resource.
struct SVGBarChart {
    /// One bar.
    struct Row {
        var label: String
        var values: [Double]
        var tooltip: String
    }

    /// Series names and fill colours, in stacking order.
    var series: [(name: String, color: String)]
    var rows: [Row]

    /// Layout in px: 22 a row fits 20 rows in about 500 px; 210 holds a 28-character name at 12 px.
    private let rowHeight = 22.0, labelWidth = 210.0, barWidth = 440.0, top = 26.0

    /// The chart.
    var svg: String {
        let height = top + Double(rows.count) * rowHeight + 8
        let width = labelWidth + barWidth + 60
        let maxTotal = max(1, rows.map { $0.values.reduce(0, +) }.max() ?? 1)
        var out = SVGChart.open(width: width, height: height)
        // Legend.
        out += SVGChart.legend(series, from: labelWidth)
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            out += "<g><title>\(HTMLText.escape(row.tooltip))</title>"
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(Self.truncate(row.label)))</text>"
            var bx = labelWidth
            for (j, v) in row.values.enumerated() where v > 0 {
                let w = v / maxTotal * barWidth
                out += "<rect x=\(Self.q(bx)) y=\(Self.q(y + 3)) width=\(Self.q(w)) height=\"16\" fill=\"\(series[j].color)\"/>"
                bx += w
            }
            out += "<text x=\(Self.q(bx + 6)) y=\"\(y + 15)\">\(Int(row.values.reduce(0, +)))</text></g>"
        }
        return out + "</svg>"
    }

    /// A label cut to 28 characters (the label column's width) with an ellipsis.
    static func truncate(_ s: String) -> String { s.count > 28 ? String(s.prefix(27)) + "…" : s }

    /// A coordinate as a quoted attribute value with one decimal.
    static func q(_ v: Double) -> String { String(format: "\"%.1f\"", v) }
}

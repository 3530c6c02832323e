import Foundation

/// Values per month as lines, one per series (a speaker), as inline SVG: months on the x axis, the
/// value on the y axis, a dot per month that has a value, a tooltip per dot.
struct SVGTimeline {
    /// One line.
    struct Line {
        var name: String
        var color: String
        /// Parallel to ``SVGTimeline/months``; nil where the month has no value.
        var values: [Double?]
    }

    /// `YYYY-MM` labels, in order.
    var months: [String]
    var lines: [Line]
    /// The y axis range (quote counts: 0...max; stance: -1...1).
    var yRange: ClosedRange<Double>
    /// What the y axis shows.
    var yLabel: String
    /// Value format for tooltips.
    var format = "%.0f"

    /// Layout in px: 720 wide fits twelve months with readable labels; 220 high for the plot.
    private let left = 50.0, plotWidth = 640.0, top = 46.0, plotHeight = 220.0

    /// The chart.
    var svg: String {
        let width = left + plotWidth + 30
        let height = top + plotHeight + 40
        var out = SVGChart.open(width: width, height: height)
        var lx = left
        for l in lines {
            out += "<rect x=\(SVGBarChart.q(lx)) y=\"6\" width=\"12\" height=\"12\" fill=\"\(l.color)\"/>"
            out += "<text x=\(SVGBarChart.q(lx + 16)) y=\"16\">\(HTMLText.escape(SVGBarChart.truncate(l.name)))</text>"
            lx += 28 + Double(min(28, l.name.count)) * 7
        }
        let span = yRange.upperBound - yRange.lowerBound
        func y(_ v: Double) -> Double { top + plotHeight - (v - yRange.lowerBound) / (span == 0 ? 1 : span) * plotHeight }
        func x(_ i: Int) -> Double { left + (months.count <= 1 ? plotWidth / 2 : Double(i) / Double(months.count - 1) * plotWidth) }
        // Axes and the y labels at the range's ends (and 0 when inside).
        out += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" class=\"axis\"/>"
        out += "<line x1=\"\(left)\" y1=\(SVGBarChart.q(y(max(yRange.lowerBound, min(0, yRange.upperBound))))) x2=\"\(left + plotWidth)\" y2=\(SVGBarChart.q(y(max(yRange.lowerBound, min(0, yRange.upperBound))))) class=\"axis\"/>"
        var ticks = [yRange.lowerBound, yRange.upperBound]
        if yRange.contains(0) && !ticks.contains(0) { ticks.append(0) }
        for t in ticks {
            out += "<text x=\"\(left - 6)\" y=\(SVGBarChart.q(y(t) + 4)) text-anchor=\"end\">\(String(format: format, t))</text>"
        }
        out += "<text x=\"4\" y=\"\(top - 10)\">\(HTMLText.escape(yLabel))</text>"
        // Month labels: every month when there are at most 12, else every k-th.
        let step = max(1, (months.count + 11) / 12)
        for (i, m) in months.enumerated() where i % step == 0 {
            out += "<text x=\(SVGBarChart.q(x(i))) y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\">\(HTMLText.escape(m))</text>"
        }
        for l in lines {
            var points: [String] = []
            var dots = ""
            for (i, v) in l.values.enumerated() {
                guard let v else {
                    if points.count > 1 { out += "<polyline fill=\"none\" stroke=\"\(l.color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>" }
                    points = []
                    continue
                }
                points.append(String(format: "%.1f,%.1f", x(i), y(v)))
                dots += "<circle cx=\(SVGBarChart.q(x(i))) cy=\(SVGBarChart.q(y(v))) r=\"3.5\" fill=\"\(l.color)\"><title>\(HTMLText.escape(l.name)), \(HTMLText.escape(months[i])): \(String(format: format, v))</title></circle>"
            }
            if points.count > 1 { out += "<polyline fill=\"none\" stroke=\"\(l.color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>" }
            out += dots
        }
        return out + "</svg>"
    }

    /// Every `YYYY-MM` from `first` to `last` inclusive (both `YYYY-MM`).
    static func months(from first: String, to last: String) -> [String] {
        guard let fy = Int(first.prefix(4)), let fm = Int(first.dropFirst(5).prefix(2)),
              let ly = Int(last.prefix(4)), let lm = Int(last.dropFirst(5).prefix(2)),
              (1...12).contains(fm), (1...12).contains(lm) else { return [] }
        var out: [String] = []
        var (y, m) = (fy, fm)
        // At most a century of months: a mistyped year (0025) must not make a chart of 24,000 points.
        while (y, m) <= (ly, lm) && out.count < 1200 {
            out.append(String(format: "%04d-%02d", y, m))
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }
}

/// What the report's inline SVG charts share: the opening tag and the legend of coloured squares.
enum SVGChart {
    /// The opening `<svg>` tag of a chart `width` by `height` px.
    static func open(width: Double, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
    }

    /// A legend row at the top, from `x`: a square of each series' colour and its name.
    static func legend(_ series: [(name: String, color: String)], from x: Double) -> String {
        var out = ""
        var x = x
        for s in series {
            out += "<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(s.color)\"/>"
            out += "<text x=\"\(x + 16)\" y=\"16\">\(HTMLText.escape(s.name))</text>"
            x += 24 + Double(s.name.count) * 7
        }
        return out
    }
}

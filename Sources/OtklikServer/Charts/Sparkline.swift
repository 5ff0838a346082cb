/// A small line of weekly counts with the last week marked (issue 6: a spike beside its history), drawn
/// as SVG with the figures in its title.
struct Sparkline {
    var values: [Double]
    var title: String
    var width = 120.0
    var height = 28.0

    var svg: String {
        let largest = max(values.max() ?? 0, 1)
        func x(_ index: Int) -> Double { values.count > 1 ? 2 + Double(index) / Double(values.count - 1) * (width - 4) : width / 2 }
        func y(_ value: Double) -> Double { height - 3 - value / largest * (height - 6) }
        let points = values.enumerated().map { "\(SVGText.number(x($0.offset))),\(SVGText.number(y($0.element)))" }
        var out = """
            <svg class="chart sparkline" viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" width="\(SVGText.number(width))" \
            height="\(SVGText.number(height))" role="img" aria-label="\(SVGText.escaped(title))" xmlns="http://www.w3.org/2000/svg">\
            <title>\(SVGText.escaped(title))</title><polyline points="\(points.joined(separator: " "))"/>
            """
        if let last = values.last {
            out += "<circle cx=\"\(SVGText.number(x(values.count - 1)))\" cy=\"\(SVGText.number(y(last)))\" r=\"3\"/>"
        }
        return out + "</svg>"
    }
}

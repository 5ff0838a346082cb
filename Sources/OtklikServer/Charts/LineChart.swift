/// A line chart drawn by the server as SVG (issue 6: no chart library in the browser): one or two series
/// over the same labels (the period and the one before it), a value axis from zero, every point with its
/// figure in a title that the browser shows on hover and a screen reader reads.
struct LineChart {
    struct Point {
        var label: String
        var value: Double
        /// What hovering the point shows, e.g. «12 ноября 2026: 45».
        var title: String
    }

    struct Series {
        var name: String
        var points: [Point]
        /// Drawn muted and dashed: the previous period.
        var isBackground = false
    }

    var title: String
    var series: [Series]
    var width = 760.0
    var height = 260.0

    var svg: String {
        let left = 52.0, right = 16.0, top = 14.0, bottom = 34.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let count = series.map(\.points.count).max() ?? 0
        let ceiling = SVGText.niceCeiling(series.flatMap { $0.points.map(\.value) }.max() ?? 0)
        func x(_ index: Int) -> Double { left + (count > 1 ? Double(index) / Double(count - 1) * plotWidth : plotWidth / 2) }
        func y(_ value: Double) -> Double { top + plotHeight - value / ceiling * plotHeight }
        var out = """
            <svg class="chart line-chart" viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" role="img" \
            aria-label="\(SVGText.escaped(title))" xmlns="http://www.w3.org/2000/svg"><title>\(SVGText.escaped(title))</title>
            """
        for step in 0...4 {
            let value = ceiling * Double(step) / 4
            out += "<line class=\"grid\" x1=\"\(SVGText.number(left))\" x2=\"\(SVGText.number(width - right))\" y1=\"\(SVGText.number(y(value)))\" y2=\"\(SVGText.number(y(value)))\"/>"
            out += "<text class=\"axis\" x=\"\(SVGText.number(left - 6))\" y=\"\(SVGText.number(y(value) + 4))\" text-anchor=\"end\">\(SliceFormat.decimal(value, digits: value < 10 && value != value.rounded() ? 1 : 0))</text>"
        }
        if let labels = series.first(where: { !$0.isBackground })?.points.map(\.label) ?? series.first?.points.map(\.label) {
            let every = max(1, Int((Double(labels.count) / 8).rounded(.up)))
            for (index, label) in labels.enumerated() where index % every == 0 {
                out += "<text class=\"axis\" x=\"\(SVGText.number(x(index)))\" y=\"\(SVGText.number(height - 12))\" text-anchor=\"middle\">\(SVGText.escaped(label))</text>"
            }
        }
        for (number, line) in series.enumerated() where !line.points.isEmpty {
            let kind = line.isBackground ? "series background" : "series series-\(number)"
            let path = line.points.enumerated().map { "\(SVGText.number(x($0.offset))),\(SVGText.number(y($0.element.value)))" }
            out += "<g class=\"\(kind)\"><title>\(SVGText.escaped(line.name))</title><polyline points=\"\(path.joined(separator: " "))\"/>"
            for (index, point) in line.points.enumerated() {
                out += "<circle cx=\"\(SVGText.number(x(index)))\" cy=\"\(SVGText.number(y(point.value)))\" r=\"\(count > 60 ? 2 : 3.5)\"><title>\(SVGText.escaped(point.title))</title></circle>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }
}

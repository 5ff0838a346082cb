/// Horizontal bars drawn by the server as SVG (issue 6): a label, the bar (one segment, or several stacked,
/// each with its tone), the figure after it; each segment's title shows its number on hover, and a bar
/// with a link opens the items behind it.
struct BarChart {
    struct Segment {
        var value: Double
        /// The colour class `tone-N` of the stylesheet.
        var tone: Int
        var title: String
    }

    struct Bar {
        var label: String
        var segments: [Segment]
        /// The figure written after the bar.
        var text: String
        var link: String?
    }

    var title: String
    var bars: [Bar]
    var width = 520.0
    var rowHeight = 24.0
    var labelWidth = 200.0

    var svg: String {
        let textWidth = 70.0
        let barWidth = width - labelWidth - textWidth
        let height = max(rowHeight, Double(bars.count) * rowHeight)
        let largest = bars.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 0
        var out = """
            <svg class="chart bar-chart" viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" role="img" \
            aria-label="\(SVGText.escaped(title))" xmlns="http://www.w3.org/2000/svg"><title>\(SVGText.escaped(title))</title>
            """
        let characters = Int(labelWidth / 8)
        for (row, bar) in bars.enumerated() {
            let top = Double(row) * rowHeight
            let middle = top + rowHeight / 2 + 4.5
            var group = "<text class=\"label\" x=\"0\" y=\"\(SVGText.number(middle))\"><title>\(SVGText.escaped(bar.label))</title>\(SVGText.escaped(SVGText.shortened(bar.label, to: characters)))</text>"
            var x = labelWidth
            for segment in bar.segments where segment.value > 0 {
                let length = largest > 0 ? max(1, segment.value / largest * barWidth) : 0
                group += "<rect class=\"tone-\(segment.tone)\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(top + 5))\" width=\"\(SVGText.number(length))\" height=\"\(SVGText.number(rowHeight - 10))\" rx=\"2\"><title>\(SVGText.escaped(segment.title))</title></rect>"
                x += length
            }
            group += "<text class=\"figure\" x=\"\(SVGText.number(x + 6))\" y=\"\(SVGText.number(middle))\">\(SVGText.escaped(bar.text))</text>"
            if let link = bar.link {
                out += "<a href=\"\(SVGText.escaped(link))\">\(group)</a>"
            } else {
                out += group
            }
        }
        return out + "</svg>"
    }
}

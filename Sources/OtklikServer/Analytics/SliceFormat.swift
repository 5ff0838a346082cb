import OtklikCore

/// How a slice's figures read on a page: counts with thin-space thousands, shares in per cent with a
/// decimal comma, days as whole numbers, hours with a tenth, changes with their sign (shares in percentage points).
enum SliceFormat {
    static func value(_ value: Double?, _ measure: SliceMeasure) -> String {
        guard let value else { return "—" }
        if measure.isShare { return decimal(value * 100, digits: 1) + " %" }
        if measure == .meanReactionHours { return decimal(value, digits: 1) }
        return grouped(Int64(value.rounded()))
    }

    static func change(_ value: Double?, from previous: Double?, _ measure: SliceMeasure) -> String {
        guard let value, let previous else { return "" }
        let delta = value - previous
        let sign = delta > 0 ? "+" : delta < 0 ? "−" : "±"
        if measure.isShare { return sign + decimal(abs(delta) * 100, digits: 1) + " п. п." }
        let absolute = sign + grouped(Int64(abs(delta).rounded()))
        guard previous != 0 else { return absolute }
        return absolute + " (" + sign + decimal(abs(delta) / previous * 100, digits: 0) + " %)"
    }

    static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "\u{202F}" }
            result.append(digit)
        }
        return (number < 0 ? "−" : "") + result
    }

    static func decimal(_ value: Double, digits: Int) -> String {
        let scale = digits == 0 ? 1.0 : digits == 1 ? 10.0 : 100.0
        let scaled = Int64((value * scale).rounded())
        guard digits > 0 else { return grouped(scaled) }
        let whole = scaled / Int64(scale)
        let fraction = String(scaled.magnitude % UInt64(scale))
        return grouped(whole) + "," + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}

import Foundation

/// Finds an appeal's repeats, duplicates and campaign in memory, fast at millions of appeals: earlier appeals
/// are reached only through the author's own chain, the chains of the grid cells and the address around the
/// point, and (for a campaign) the LSH bands of the text's MinHash signature, each newest first and bounded,
/// so a check never scans the whole store. No I/O: the server fills it at start and on each intake.
public struct SimilarityIndex: Sendable {
    public let rules: SimilarityRules
    private let grid: GeoGrid

    // One slot per entry, in the order added (struct of arrays: a few dozen bytes an appeal).
    private var ids: [String] = []
    private var slots: [String: Int32] = [:]
    private var times: [Double] = []
    private var authors: [UInt64] = []
    private var topics: [UInt64] = []
    private var addresses: [UInt64] = []
    private var latitudes: [Float] = []
    private var longitudes: [Float] = []
    private var signatures: [UInt16] = []
    private var unitCounts: [Int32] = []

    private var byAuthor = EntryChain()
    private var byCell = EntryChain()
    private var byAddress = EntryChain()
    /// Campaign bands: the first 16 signature positions as four bands of four (near-identical texts share a
    /// band with probability 1 − (1 − J⁴)⁴: 0.88 at J = 0.8, 0.99 at J = 0.9).
    private var byBand = [EntryChain](repeating: EntryChain(), count: 4)

    public init(rules: SimilarityRules = SimilarityRules()) {
        self.rules = rules
        grid = GeoGrid(radiusMetres: rules.radiusMetres)
    }

    public var count: Int { ids.count }

    /// Adds an appeal; an id already present only takes the new topic (the one thing structuring changes).
    public mutating func add(_ entry: SimilarityEntry) {
        if let slot = slots[entry.id] {
            topics[Int(slot)] = Self.key(entry.topic)
            return
        }
        let slot = Int32(ids.count)
        ids.append(entry.id)
        slots[entry.id] = slot
        times.append(entry.receivedAt.timeIntervalSinceReferenceDate)
        authors.append(Self.key(entry.authorKey))
        topics.append(Self.key(entry.topic))
        addresses.append(Self.key(entry.addressKey))
        latitudes.append(entry.point.map { Float($0.lat) } ?? .nan)
        longitudes.append(entry.point.map { Float($0.lon) } ?? .nan)
        signatures.append(contentsOf: entry.signature.values)
        unitCounts.append(Int32(entry.signature.unitCount))
        byAuthor.append(slot, under: entry.authorKey == nil ? nil : authors[Int(slot)])
        byCell.append(slot, under: entry.point.map(grid.key))
        byAddress.append(slot, under: entry.addressKey == nil ? nil : addresses[Int(slot)])
        let campaign = entry.signature.unitCount >= rules.campaignMinimumUnits
        for band in byBand.indices { byBand[band].append(slot, under: campaign ? entry.signature.bandKey(band) : nil) }
    }

    /// Earlier appeals the probe repeats or duplicates, best first, and its campaign if any. The probe itself
    /// (by id) and appeals received after it are never suggested.
    public func check(_ probe: SimilarityEntry) -> SimilarityCheck {
        let time = probe.receivedAt.timeIntervalSinceReferenceDate
        let author = Self.key(probe.authorKey)
        let topic = Self.key(probe.topic)
        let address = Self.key(probe.addressKey)
        var found: [Int32: SimilarAppeal] = [:]

        func compare(_ slot: Int32) -> SimilarAppeal {
            let index = Int(slot)
            var distance: Double?
            if let point = probe.point, !latitudes[index].isNaN {
                distance = point.distance(to: GeoPoint(lat: Double(latitudes[index]), lon: Double(longitudes[index])))
            }
            return SimilarAppeal(
                id: ids[index], relation: .duplicate, textSimilarity: similarity(probe.signature, slot), distanceMetres: distance,
                sameAddress: address != 0 && addresses[index] == address, sameTopic: topic != 0 && topics[index] == topic
            )
        }
        /// Earlier, within the window, not the probe: worth comparing; false once the chain is past the window.
        func visit(_ slot: Int32, window: TimeInterval, _ body: (Int32) -> Void) -> Bool {
            let then = times[Int(slot)]
            if then < time - window { return false }
            if then <= time, ids[Int(slot)] != probe.id { body(slot) }
            return true
        }

        if author != 0 {
            byAuthor.forEach(under: author, limit: rules.scanLimit) { slot in
                visit(slot, window: rules.repeatWindow) { slot in
                    var match = compare(slot)
                    // One problem is at one place: another house of the same author is another problem.
                    guard match.sameAddress || (match.distanceMetres ?? 0) <= rules.radiusMetres else { return }
                    let needed = match.sameTopic ? rules.repeatPlaceTextSimilarity : rules.repeatTextSimilarity
                    guard match.textSimilarity >= needed else { return }
                    match.relation = .repeat
                    found[slot] = match
                }
            }
        }
        func considerDuplicate(_ slot: Int32) {
            guard found[slot] == nil, author == 0 || authors[Int(slot)] != author else { return }
            let match = compare(slot)
            guard match.sameAddress || (match.distanceMetres ?? .infinity) <= rules.radiusMetres else { return }
            let topicsKnown = topic != 0 && topics[Int(slot)] != 0
            let needed = topicsKnown ? rules.duplicateTextSimilarity : rules.repeatTextSimilarity
            guard (!topicsKnown || match.sameTopic), match.textSimilarity >= needed else { return }
            found[slot] = match
        }
        if let point = probe.point {
            for cell in grid.keysAround(point) {
                byCell.forEach(under: cell, limit: rules.scanLimit) { visit($0, window: rules.duplicateWindow, considerDuplicate) }
            }
        }
        if address != 0 {
            byAddress.forEach(under: address, limit: rules.scanLimit) { visit($0, window: rules.duplicateWindow, considerDuplicate) }
        }

        var check = SimilarityCheck()
        check.matches = found.sorted { left, right in
            let (a, b) = (left.value, right.value)
            if a.relation != b.relation { return a.relation == .repeat }
            if a.textSimilarity != b.textSimilarity { return a.textSimilarity > b.textSimilarity }
            return left.key > right.key
        }.prefix(rules.suggestionLimit).map(\.value)
        campaign(of: probe, at: time, into: &check)
        return check
    }

    private func campaign(of probe: SimilarityEntry, at time: Double, into check: inout SimilarityCheck) {
        guard probe.signature.unitCount >= rules.campaignMinimumUnits else { return }
        var members: Set<Int32> = []
        for band in byBand.indices {
            byBand[band].forEach(under: probe.signature.bandKey(band), limit: rules.scanLimit) { slot in
                let then = times[Int(slot)]
                if then < time - rules.campaignWindow { return false }
                if then <= time, ids[Int(slot)] != probe.id, similarity(probe.signature, slot) >= rules.campaignTextSimilarity {
                    members.insert(slot)
                }
                return true
            }
        }
        guard members.count + 1 >= rules.campaignSize else { return }
        check.campaignSize = members.count + 1
        check.campaignExamples = members.sorted(by: >).prefix(rules.suggestionLimit).map { ids[Int($0)] }
    }

    private func similarity(_ signature: MinHashSignature, _ slot: Int32) -> Double {
        let index = Int(slot)
        guard signature.unitCount > 0, unitCounts[index] > 0 else { return 0 }
        let base = index * MinHashSignature.length
        var equal = 0
        for position in 0..<MinHashSignature.length where signatures[base + position] == signature.values[position] { equal += 1 }
        return Double(equal) / Double(MinHashSignature.length)
    }

    /// A string key as 64 bits (0 for none); a collision is a 1-in-2⁶⁴ chance.
    private static func key(_ value: String?) -> UInt64 {
        guard let value, !value.isEmpty else { return 0 }
        return FeatureHasher.hash(Array(value.utf16), seed: 0x5349_4D49_4C41_5231) | 1
    }
}

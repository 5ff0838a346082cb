import ArgumentParser
import Foundation
import OtklikCore

/// `otklik-bench similar`: repeat and duplicate detection on real appeals («Наш Санкт-Петербург»), in
/// receipt order, each checked against all before it. The data set's candidate groups are the reference
/// (its README: same author + building + reason = a repeat; same building + reason from another author
/// within the duplicate window = a duplicate); then the index is filled to `--size` appeals (the real ones
/// again, shifted in time and given fresh authors) and the time of one check is measured.
struct SimilarBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "similar", abstract: "Evaluate and time repeat and duplicate detection.")

    @Option(help: "The appeals file (JSON lines, gzip)") var data = "../shared/data/appeals-spb-nashgorod/spb_appeals.jsonl.gz"
    @Option(help: "Appeals in the index when the check is timed") var size = 1_000_000
    @Option(help: "Checks timed") var probes = 20_000
    @Option(help: "Radius of one place, metres") var radius: Double?
    @Option(help: "Text similarity a duplicate needs") var duplicateSimilarity: Double?
    @Option(help: "Text similarity that makes the same author's appeal a repeat anywhere") var repeatSimilarity: Double?
    @Option(help: "Text similarity that makes the same author's appeal a repeat at the same place and topic") var repeatPlaceSimilarity: Double?
    @Flag(help: "Leave the topic out (text and place only)") var withoutTopic = false

    struct Record {
        var entry: SimilarityEntry
        var text: String
        var building: Int?
        var reason: Int
        var author: String
    }

    func run() throws {
        var rules = SimilarityRules()
        if let radius { rules.radiusMetres = radius }
        if let duplicateSimilarity { rules.duplicateTextSimilarity = duplicateSimilarity }
        if let repeatSimilarity { rules.repeatTextSimilarity = repeatSimilarity }
        if let repeatPlaceSimilarity { rules.repeatPlaceTextSimilarity = repeatPlaceSimilarity }
        var records = try Self.load(data)
        if withoutTopic { records = records.map { var record = $0; record.entry.topic = nil; return record } }
        print("Otklik similarity benchmark: \(records.count) appeals; radius \(rules.radiusMetres) m, duplicate text ≥ \(rules.duplicateTextSimilarity), repeat text ≥ \(rules.repeatTextSimilarity)")
        evaluate(records, rules: rules)
        time(records, rules: rules)
    }

    /// Precision over suggested links, recall over appeals that have an earlier reference partner.
    func evaluate(_ records: [Record], rules: SimilarityRules) {
        var index = SimilarityIndex(rules: rules)
        var earlier: [String: [Int]] = [:]
        var tally = (repeat: Tally(), duplicate: Tally(), first: Tally())
        var campaigns = 0
        for (position, record) in records.enumerated() {
            let check = index.check(record.entry)
            let key = record.building.map { "\($0)/\(record.reason)" }
            let partners = key.flatMap { earlier[$0] } ?? []
            let repeatPartners = Set(partners.filter { records[$0].author == record.author }.map { records[$0].entry.id })
            let duplicatePartners = Set(
                partners.filter {
                    records[$0].author != record.author && record.entry.receivedAt.timeIntervalSince(records[$0].entry.receivedAt) <= rules.duplicateWindow
                }.map { records[$0].entry.id }
            )
            tally.repeat.add(suggested: check.matches.filter { $0.relation == .repeat }.map(\.id), reference: repeatPartners)
            tally.duplicate.add(suggested: check.matches.filter { $0.relation == .duplicate }.map(\.id), reference: duplicatePartners)
            if let first = check.matches.first {
                tally.first.add(suggested: [first.id], reference: first.relation == .repeat ? repeatPartners : duplicatePartners)
            }
            if check.campaignSize != nil { campaigns += 1 }
            index.add(record.entry)
            if let key { earlier[key, default: []].append(position) }
        }
        print("relation    suggested  correct  precision  appeals with a reference partner  found  recall")
        for (name, tally) in [("repeat", tally.repeat), ("duplicate", tally.duplicate), ("first shown", tally.first)] {
            print(
                name.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + String(format: "%9d  %7d  %9.3f  %32d  %5d  %6.3f", tally.suggested, tally.correct, tally.precision, tally.appeals, tally.found, tally.recall)
            )
        }
        print("appeals flagged as part of a mass campaign: \(campaigns)")
    }

    /// The check at `size` indexed appeals: the real ones again and again, each copy half a year later and
    /// with its own authors, so the chains grow as a long-lived deployment's would.
    func time(_ records: [Record], rules: SimilarityRules) {
        let shingles = TextShingles()
        var index = SimilarityIndex(rules: rules)
        let span = 190 * 86_400.0
        let before = Self.residentMegabytes()
        let started = ContinuousClock.now
        for position in 0..<size {
            index.add(Self.copy(records[position % records.count].entry, position / records.count, span))
        }
        let filled = ContinuousClock.now - started
        let memory = Self.residentMegabytes() - before
        var checkTimes: [Duration] = []
        var signatureTimes: [Duration] = []
        var suggested = 0
        let clock = ContinuousClock()
        // The probes are the appeals that would come next, the same timeline continued.
        for position in size..<(size + probes) {
            let record = records[position % records.count]
            var entry = Self.copy(record.entry, position / records.count, span)
            signatureTimes.append(clock.measure { entry.signature = MinHashSignature(hashes: shingles.hashes(record.text)) })
            checkTimes.append(clock.measure { suggested += index.check(entry).matches.count })
        }
        print("index of \(index.count) appeals filled in \(filled), \(memory) MB of memory")
        print("signature (tokens, stems, MinHash): \(LatencySummary(signatureTimes).microsecondsLine)")
        print("check at \(index.count) appeals:    \(LatencySummary(checkTimes).microsecondsLine); \(suggested) suggestions over \(probes) checks")
    }

    static func copy(_ entry: SimilarityEntry, _ copy: Int, _ span: Double) -> SimilarityEntry {
        guard copy > 0 else { return entry }
        var shifted = entry
        shifted.id = "\(entry.id)#\(copy)"
        shifted.receivedAt = entry.receivedAt.addingTimeInterval(span * Double(copy))
        shifted.authorKey = entry.authorKey.map { "\($0)#\(copy)" }
        return shifted
    }

    static func load(_ path: String) throws -> [Record] {
        let shingles = TextShingles()
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "Europe/Moscow")
        format.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return try TextBenchmark.records(path).compactMap { object -> Record? in
            guard let id = object["id"] as? Int, let created = (object["created_at"] as? String).flatMap(format.date), let reason = object["reason_id"] as? Int else {
                return nil
            }
            let text = object["text"] as? String ?? ""
            let author = object["author_key"] as? String ?? ""
            let point = (object["latitude"] as? Double).flatMap { lat in (object["longitude"] as? Double).map { GeoPoint(lat: lat, lon: $0) } }
            let entry = SimilarityEntry(
                id: String(id), receivedAt: created, authorKey: author.isEmpty ? nil : author, topic: object["category"] as? String, point: point,
                addressKey: SimilarityEntry.addressKey(object["address"] as? String), signature: MinHashSignature(hashes: shingles.hashes(text))
            )
            return Record(entry: entry, text: text, building: object["building_id"] as? Int, reason: reason, author: author)
        }.sorted { ($0.entry.receivedAt, $0.entry.id) < ($1.entry.receivedAt, $1.entry.id) }
    }

    static func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8), let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            return 0
        }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// Suggested links against reference partners.
struct Tally {
    var suggested = 0
    var correct = 0
    var appeals = 0
    var found = 0

    mutating func add(suggested links: [String], reference: Set<String>) {
        suggested += links.count
        let hits = links.filter(reference.contains).count
        correct += hits
        if !reference.isEmpty {
            appeals += 1
            if hits > 0 { found += 1 }
        }
    }

    var precision: Double { suggested == 0 ? 0 : Double(correct) / Double(suggested) }
    var recall: Double { appeals == 0 ? 0 : Double(found) / Double(appeals) }
}

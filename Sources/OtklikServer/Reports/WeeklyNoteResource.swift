import OtklikCore

/// The weekly note as the API returns it: the week, its headline figures beside the week before, the
/// problems growing most, the spikes, the bodies most overdue and the notable cases, with Russian names; nulls
/// written out.
struct WeeklyNoteResource: Encodable {
    struct Headline: Encodable {
        var measure: String
        var title: String
        @EncodedNull var value: Double?
        @EncodedNull var previous: Double?
    }

    struct Place: Encodable {
        var municipalityId: String
        var municipalityName: String
        var blockId: String
        var blockName: String
        var value: Double
        var previous: Double
    }

    struct SpikeItem: Encodable {
        var municipalityId: String
        var municipalityName: String
        var blockId: String
        var blockName: String
        var count: Int64
        var baseline: Double
        var score: Double
        var history: [Int64]
    }

    struct Notable: Encodable {
        var appealId: String
        var number: String
        @EncodedNull var municipalityId: String?
        var municipalityName: String
        @EncodedNull var blockId: String?
        var blockName: String
        var summary: String
        var status: AppealStatus
        var reasons: [String]
    }

    struct OverdueBody: Encodable {
        var bodyId: String
        var bodyName: String
        var overdue: Double
    }

    var from: String
    var to: String
    var title: String
    var subject: String
    var headlines: [Headline]
    var growing: [Place]
    var spikes: [SpikeItem]
    var overdueBodies: [OverdueBody]
    var notable: [Notable]

    init(_ dashboard: Dashboard, notable cases: [NotableCase], week: ReportWeek, subject: String, labels: SliceLabels) {
        from = week.monday.iso
        to = week.sunday.iso
        title = week.title
        self.subject = subject
        headlines = dashboard.headlines.map { slice in
            Headline(measure: slice.request.measure.rawValue, title: slice.request.measure.title, value: slice.total, previous: slice.previousTotal)
        }
        growing = dashboard.growing(limit: 10).map { group in
            Place(
                municipalityId: group.row, municipalityName: labels.title(.municipality, group.row), blockId: group.column ?? "",
                blockName: labels.title(.block, group.column ?? ""), value: group.value ?? 0, previous: group.previous ?? 0
            )
        }
        spikes = dashboard.spikes.map { spike in
            SpikeItem(
                municipalityId: spike.municipalityId, municipalityName: labels.title(.municipality, spike.municipalityId), blockId: spike.blockId,
                blockName: labels.title(.block, spike.blockId), count: spike.count, baseline: spike.baseline, score: spike.score, history: spike.history
            )
        }
        overdueBodies = dashboard.mostOverdue(limit: 10).map { group in
            OverdueBody(bodyId: group.row, bodyName: labels.title(.body, group.row), overdue: group.value ?? 0)
        }
        notable = cases.map { item in
            Notable(
                appealId: item.appealId, number: item.number, municipalityId: item.municipalityId,
                municipalityName: labels.title(.municipality, item.municipalityId ?? ""), blockId: item.blockId,
                blockName: labels.title(.block, item.blockId ?? ""), summary: item.summary, status: item.status, reasons: item.reasons
            )
        }
    }
}

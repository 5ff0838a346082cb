/// The upward report's page: the choice of period and territory, and what the package holds.
struct ReportPackageView {
    var chrome: PageChrome
    var periods: [SelectOption]
    var municipalities: [SelectOption]
    var errors: [String]
    var contents: [String]
}

/// Who receives the weekly analytic note by letter (seed 004 §4.3а: the note is «for the head» of the region and
/// of each municipality): the region's note goes to the centre's head and curators, a municipality's to the
/// people of its own bodies (its administration's officials work in Otklik as the bodies' executors); each only
/// with an e-mail address, which the administrator gives those who should get letters.
public enum WeeklyNoteRecipients {
    public static func emails(municipalityId: String?, users: [User], bodies: [Body]) -> [String] {
        let municipal = Set(bodies.filter { $0.municipalityId != nil && $0.municipalityId == municipalityId }.map(\.id))
        let addressed = users.filter { user in
            guard user.email != nil else { return false }
            if municipalityId == nil { return [.centreHead, .curator].contains(user.role) }
            return user.bodyId.map(municipal.contains) == true
        }
        var seen: Set<String> = []
        return addressed.compactMap(\.email).filter { seen.insert($0.lowercased()).inserted }
    }
}

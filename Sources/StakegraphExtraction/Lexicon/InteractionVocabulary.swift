/// The lexicon's `interaction_words` section: the function words and small closed classes the
/// interaction finder's rules read (auxiliaries, prepositions, determiners, the adverbs that may
/// stand between a speaker and a verb). Used by `InteractionFinder` and its extensions.
public struct InteractionVocabulary: Sendable {
    /// The lists sit behind one reference that is never written after reading, so that this
    /// value is one word wide: a debug build copies the lexicon into every stack frame that reads
    /// it, and the finder's large functions read many of these lists (see `EntityVocabulary`).
    private final class Storage: Sendable {
        let lists: Lists
        init(_ lists: Lists) { self.lists = lists }
    }

    private let storage: Storage

    /// The lists themselves.
    struct Lists: Sendable {
        var beForms: WordSet = []
        var perfectAuxiliaries: WordSet = []
        var prepositions: WordSet = []
        var phrasalParticles: WordSet = []
        var speechAdverbs: WordSet = []
        var addressFillers: WordSet = []
        var articles: WordSet = []
        var qualifierPrepositions: WordSet = []
        var documentDeterminers: WordSet = []
        var possessiveDeterminers: WordSet = []
        var makerPrepositions: WordSet = []
        var listGaps: WordSet = []
        var listJoiners: WordSet = []
        var listContinuers: WordSet = []
        var appositiveOpeners: WordSet = []
        var nonTitleWords: WordSet = []
        var titleHeads: WordSet = []
        var futureMarkers: WordSet = []
        var modals: WordSet = []
        var subjectJoiners: WordSet = []
        var wishVerbs: WordSet = []
        var heldMeetingDeterminers: WordSet = []
        var heldMeetingPrepositions: WordSet = []
        var unheldMeetingWords: WordSet = []
        var irregularParticiples: WordSet = []
        var nounCuePrepositions: WordSet = []
        var responseCueEndings: WordSet = []
        var pairSubjects: WordSet = []
        var modifiedNouns: WordSet = []
        var statementModifiers: WordSet = []
        var datingFutureMarkers: WordSet = []
        var timeFutureMarkers: WordSet = []
        var mainClauseVerbs: WordSet = []
        var kindAuxiliaries: WordSet = []
        var statementParticiples: WordSet = []
        var responsePhraseDeterminers: WordSet = []
        var speechCoordinators: WordSet = []
        var plainSpeechForms: WordSet = []
        var nounDeterminers: WordSet = []
        var judgementModifiers: WordSet = []
        var copulas: WordSet = []
        var extrapositionAuxiliaries: WordSet = []
        var extraposedSubjects: WordSet = []
        var extraposedClauseOpeners: WordSet = []
        var sufferingPrepositions: WordSet = []
        var stanceNegators: WordSet = []
        var stateTargetSkips: WordSet = []
        var tellingVerbs: WordSet = []
        var addresseePronouns: WordSet = []
        var stateAdverbs: WordSet = []
        var stateObjectPrepositions: WordSet = []
        var nonActPhrases = PhraseSet([])
        var letterWords: WordSet = []
        var doForms: WordSet = []
        var pairPrepositions: WordSet = []
        var answerVerbs: WordSet = []
        var speakerPhrasePrepositions: WordSet = []
        var comparisonWords: WordSet = []
        var endingNouns: WordSet = []
        var reciprocalVerbs: WordSet = []
        var locativePrepositions: WordSet = []
        var memberOpeners: WordSet = []
        var perceptionVerbs: WordSet = []
        var reasonPrepositions: WordSet = []
        var denialVerbs: WordSet = []
        var conditionOpeners: WordSet = []
        var experienceVerbs: WordSet = []
        var harmParticiples: WordSet = []
        var reciprocalObjects: WordSet = []
        var unnamedObjectOpeners: WordSet = []
    }

    /// "was criticised", "has been told": forms of be, get and have before a participle make a passive or an auxiliary chain.
    public var beForms: WordSet { storage.lists.beForms }
    /// "has criticised": forms of have among the be_forms that make no passive.
    public var perfectAuxiliaries: WordSet { storage.lists.perfectAuxiliaries }
    /// "of Ofsted", "at the NEU": a mention after one of these is governed, not a subject.
    public var prepositions: WordSet { storage.lists.prepositions }
    /// "back down", "held off": after a one-word cue starting with b or h, these make it a phrasal verb of another sense.
    public var phrasalParticles: WordSet { storage.lists.phrasalParticles }
    /// "X then said", "X, who also told": words skipped between a speaker and the verb.
    public var speechAdverbs: WordSet { storage.lists.speechAdverbs }
    /// "wrote to the X", "a letter to X": words skipped after an address word before the one addressed.
    public var addressFillers: WordSet { storage.lists.addressFillers }
    /// "said a spokesman for X", "comments from the minister": articles skipped before a speaker or owner.
    public var articles: WordSet { storage.lists.articles }
    /// "X of the Y union said": a body after one of these only qualifies the speaker.
    public var qualifierPrepositions: WordSet { storage.lists.qualifierPrepositions }
    /// "the report", "this freeze": determiners that open a document or act whose owner was named before.
    public var documentDeterminers: WordSet { storage.lists.documentDeterminers }
    /// "its report": a possessive names its own owner, so no earlier owner is looked up.
    public var possessiveDeterminers: WordSet { storage.lists.possessiveDeterminers }
    /// "the report by X", "the plan from X": X made the document or act.
    public var makerPrepositions: WordSet { storage.lists.makerPrepositions }
    /// "A and B", "A, as well as B": what may stand between two members of one list (after dropping "the").
    public var listGaps: WordSet { storage.lists.listGaps }
    /// "A, B", "its leaders A and B said": words that join one member of a list to the next.
    public var listJoiners: WordSet { storage.lists.listJoiners }
    /// "met A, B and C": after a member joined by a bare comma, what must follow for the list to go on.
    public var listContinuers: WordSet { storage.lists.listContinuers }
    /// "A (role of X), B", "A, chair of X, and B": first words of an appositive between list members.
    public var appositiveOpeners: WordSet { storage.lists.appositiveOpeners }
    /// "X and then Y": words after "and" that introduce no next member the way a title does ("X and the artist Y").
    public var nonTitleWords: WordSet { storage.lists.nonTitleWords }
    /// "X and Prime Minister Y": last words of a title before the next list member.
    public var titleHeads: WordSet { storage.lists.titleHeads }
    /// "will respond": within three words before a cue, the act is still to come.
    public var futureMarkers: WordSet { storage.lists.futureMarkers }
    /// "how much the government could promise": auxiliaries skipped when looking for an unnamed subject before a cue.
    public var modals: WordSet { storage.lists.modals }
    /// "X met Y and then praised Z": words before a cue that are no unnamed subject of it.
    public var subjectJoiners: WordSet { storage.lists.subjectJoiners }
    /// "I would like to thank X": before "to" and a cue in a quote, the words do the act.
    public var wishVerbs: WordSet { storage.lists.wishVerbs }
    /// "after a meeting with X": determiners between "after" and a meeting that was held.
    public var heldMeetingDeterminers: WordSet { storage.lists.heldMeetingDeterminers }
    /// "after a meeting with X", "following their meeting": a meeting that was held.
    public var heldMeetingPrepositions: WordSet { storage.lists.heldMeetingPrepositions }
    /// "a proper meeting", "any meeting": within two words before "meeting", a meeting spoken of, not held.
    public var unheldMeetingWords: WordSet { storage.lists.unheldMeetingWords }
    /// "was met by X": participles without -ed that may make a cue passive.
    public var irregularParticiples: WordSet { storage.lists.irregularParticiples }
    /// "over right-wing attacks on X": beside prepositions, these before a noun cue make the act someone else's.
    public var nounCuePrepositions: WordSet { storage.lists.nounCuePrepositions }
    /// "responded to", "hit back at": a response cue ending so without a named target answers no one.
    public var responseCueEndings: WordSet { storage.lists.responseCueEndings }
    /// "The two met", "Both men held talks": a clause opening that stands for the last two people named.
    public var pairSubjects: WordSet { storage.lists.pairSubjects }
    /// "support staff", "response times": nouns after a one-word cue that make it a modifier, not an act.
    public var modifiedNouns: WordSet { storage.lists.modifiedNouns }
    /// "X's latest comments": words skipped between a possessive and a statement noun that a response answers.
    public var statementModifiers: WordSet { storage.lists.statementModifiers }
    /// "will respond on 19 January": within three words before an act, it is dated by when it was announced.
    public var datingFutureMarkers: WordSet { storage.lists.datingFutureMarkers }
    /// "said surveyors would start in July": within six words before a time, it dates nothing past.
    public var timeFutureMarkers: WordSet { storage.lists.timeFutureMarkers }
    /// "X, who met Y, spoke ...": beside cues and speech verbs, words after a comma that end a relative clause.
    public var mainClauseVerbs: WordSet { storage.lists.mainClauseVerbs }
    /// "the country's biggest union has": words after a described kind that leave it a description of a named body.
    public var kindAuxiliaries: WordSet { storage.lists.kindAuxiliaries }
    /// "the claims made by X": after a statement noun, these name its owner, so it is no deictic answer.
    public var statementParticiples: WordSet { storage.lists.statementParticiples }
    /// "in a robust response to X", "in their reply,": determiners after "in" that open a response phrase.
    public var responsePhraseDeterminers: WordSet { storage.lists.responsePhraseDeterminers }
    /// "X thanked Y but said": before a speech verb, the sentence's subject speaks.
    public var speechCoordinators: WordSet { storage.lists.speechCoordinators }
    /// "said", "told": speech verbs used as verbs without -ed or -ing.
    public var plainSpeechForms: WordSet { storage.lists.plainSpeechForms }
    /// "the minister's comments", "their claims": words before a speech verb that make it a noun.
    public var nounDeterminers: WordSet { storage.lists.nounDeterminers }
    /// "it is very disappointing that": words skipped between the copula and the judgement.
    public var judgementModifiers: WordSet { storage.lists.judgementModifiers }
    /// "it is disappointing that X": the copula before an extraposed judgement.
    public var copulas: WordSet { storage.lists.copulas }
    /// "it has been wrong of X": auxiliaries skipped between "it" and the copula.
    public var extrapositionAuxiliaries: WordSet { storage.lists.extrapositionAuxiliaries }
    /// "it is wrong", "this was shameful": subjects that stand for the clause after the judgement.
    public var extraposedSubjects: WordSet { storage.lists.extraposedSubjects }
    /// "it is disappointing that X", "when X": words that open the clause whose subject is judged.
    public var extraposedClauseOpeners: WordSet { storage.lists.extraposedClauseOpeners }
    /// "a vendetta against X", "an article in X": X suffers the act judged, it is not the one judged.
    public var sufferingPrepositions: WordSet { storage.lists.sufferingPrepositions }
    /// "not good", "never helpful": within six words before an evaluative word, a negative flips praise and drops criticism.
    public var stanceNegators: WordSet { storage.lists.stanceNegators }
    /// "was disappointed that X", "happy to see X": words skipped after a feeling before the one it is about.
    public var stateTargetSkips: WordSet { storage.lists.stateTargetSkips }
    /// "X told Y ..." after Y spoke: an answer to Y.
    public var tellingVerbs: WordSet { storage.lists.tellingVerbs }
    /// "X told Y that your plan ...": in what was told, these mean the one told.
    public var addresseePronouns: WordSet { storage.lists.addresseePronouns }
    /// "X were increasingly alarmed": beside be_forms, words between a subject and the feeling it reports.
    public var stateAdverbs: WordSet { storage.lists.stateAdverbs }
    /// "alarmed about X", "furious with X": the feeling is aimed at the one after.
    public var stateObjectPrepositions: WordSet { storage.lists.stateObjectPrepositions }

    /// "heart attack", "thanks to", "came back", "nothing short of": phrases in which a cue's or an
    /// evaluative word is neither an act nor an opinion (and a negative word negates nothing).
    public var nonActPhrases: PhraseSet { storage.lists.nonActPhrases }

    /// "In a letter to X, Y said ...", "Y wrote to X saying ...": what Y judges without naming
    /// anyone is judged of X.
    public var letterWords: WordSet { storage.lists.letterWords }

    /// "failing to answer a question": words that, right after a response cue, open an unnamed object, so the act answers no one named.
    public var unnamedObjectOpeners: WordSet { storage.lists.unnamedObjectOpeners }

    /// "A and B criticised each other": objects that stand for every other actor of the clause, so each acts on each.
    public var reciprocalObjects: WordSet { storage.lists.reciprocalObjects }

    /// "X had been ignored", "members were let down": verbs whose passive subject suffers the act; the speaker does not judge that subject.
    public var harmParticiples: WordSet { storage.lists.harmParticiples }

    /// "the humiliation he suffered": verbs whose subject undergoes the negative thing named after them; it is no judgement of that subject.
    public var experienceVerbs: WordSet { storage.lists.experienceVerbs }

    /// "if she had gone crazy": words that open a supposed condition; an opinion inside it judges no one.
    public var conditionOpeners: WordSet { storage.lists.conditionOpeners }

    /// "denied that it had met X": verbs whose "that" clause reports an act said not to have happened.
    public var denialVerbs: WordSet { storage.lists.denialVerbs }

    /// "was slammed for its handling of X by Y": prepositions opening the reason a passive act gives before its agent.
    public var reasonPrepositions: WordSet { storage.lists.reasonPrepositions }

    /// "to hear him criticising X": verbs of perceiving whose object does the act of the participle after it.
    public var perceptionVerbs: WordSet { storage.lists.perceptionVerbs }

    /// Words after an object's comma that open its named members ("union leaders, including X and Y"), not a new clause.
    public var memberOpeners: WordSet { storage.lists.memberOpeners }

    /// "failings at X", "chaos within X": after the judging words of its noun phrase, the body where it happens is judged.
    public var locativePrepositions: WordSet { storage.lists.locativePrepositions }

    /// "A and B clashed over the ruling": verbs that, with two or more subjects and no object, make each act on the others.
    public var reciprocalVerbs: WordSet { storage.lists.reciprocalVerbs }

    /// "welcomed the end of X": nouns of an act that ends or removes X, whose object is then no target of the cue.
    public var endingNouns: WordSet { storage.lists.endingNouns }

    /// "an improvement on X": words that end a comparison; what follows is the one compared.
    public var comparisonWords: WordSet { storage.lists.comparisonWords }

    /// "the council said it took all complaints seriously": verbs of a reported statement that may answer a criticism (not "announced").
    public var answerVerbs: WordSet { storage.lists.answerVerbs }

    /// "talks between X and Y": a meeting cue ending so has every party after it, none before.
    public var pairPrepositions: WordSet { storage.lists.pairPrepositions }

    /// "we do not doubt X": forms of "do" before a verb.
    public var doForms: WordSet { storage.lists.doForms }

    /// "..., a spokesman for the trust said": prepositions inside a speaker phrase after the comma of a trailing attribution.
    public var speakerPhrasePrepositions: WordSet { storage.lists.speakerPhrasePrepositions }

    public init() { storage = Storage(Lists()) }

    static let keys: Set<String> = [
        "be_forms", "perfect_auxiliaries", "prepositions", "phrasal_particles", "speech_adverbs",
        "address_fillers", "articles", "qualifier_prepositions", "document_determiners",
        "possessive_determiners", "maker_prepositions", "list_gaps", "list_joiners", "list_continuers",
        "appositive_openers", "non_title_words", "title_heads", "future_markers", "modals",
        "subject_joiners", "wish_verbs", "held_meeting_determiners", "held_meeting_prepositions",
        "unheld_meeting_words", "irregular_participles", "noun_cue_prepositions", "response_cue_endings",
        "pair_subjects", "modified_nouns", "statement_modifiers", "dating_future_markers",
        "time_future_markers", "main_clause_verbs", "kind_auxiliaries", "statement_participles",
        "response_phrase_determiners", "speech_coordinators", "plain_speech_forms", "noun_determiners",
        "judgement_modifiers", "copulas", "extraposition_auxiliaries", "extraposed_subjects",
        "extraposed_clause_openers", "suffering_prepositions", "stance_negators", "state_target_skips",
        "telling_verbs", "addressee_pronouns", "state_adverbs", "state_object_prepositions",
        "non_act_phrases", "letter_words", "speaker_phrase_prepositions", "do_forms", "pair_prepositions", "answer_verbs", "comparison_words", "ending_nouns", "reciprocal_verbs", "locative_prepositions", "member_openers", "perception_verbs", "reason_prepositions", "denial_verbs", "condition_openers", "experience_verbs", "harm_participles", "reciprocal_objects", "unnamed_object_openers",
    ]

    /// Reads the section; an unknown key, a value that is no list of words and an empty word are
    /// errors naming their line.
    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        var lists = Lists()
        lists.beForms = try section.words("be_forms")
        lists.perfectAuxiliaries = try section.words("perfect_auxiliaries")
        lists.prepositions = try section.words("prepositions")
        lists.phrasalParticles = try section.words("phrasal_particles")
        lists.speechAdverbs = try section.words("speech_adverbs")
        lists.addressFillers = try section.words("address_fillers")
        lists.articles = try section.words("articles")
        lists.qualifierPrepositions = try section.words("qualifier_prepositions")
        lists.documentDeterminers = try section.words("document_determiners")
        lists.possessiveDeterminers = try section.words("possessive_determiners")
        lists.makerPrepositions = try section.words("maker_prepositions")
        lists.listGaps = try section.words("list_gaps")
        lists.listJoiners = try section.words("list_joiners")
        lists.listContinuers = try section.words("list_continuers")
        lists.appositiveOpeners = try section.words("appositive_openers")
        lists.nonTitleWords = try section.words("non_title_words")
        lists.titleHeads = try section.words("title_heads")
        lists.futureMarkers = try section.words("future_markers")
        lists.modals = try section.words("modals")
        lists.subjectJoiners = try section.words("subject_joiners")
        lists.wishVerbs = try section.words("wish_verbs")
        lists.heldMeetingDeterminers = try section.words("held_meeting_determiners")
        lists.heldMeetingPrepositions = try section.words("held_meeting_prepositions")
        lists.unheldMeetingWords = try section.words("unheld_meeting_words")
        lists.irregularParticiples = try section.words("irregular_participles")
        lists.nounCuePrepositions = try section.words("noun_cue_prepositions")
        lists.responseCueEndings = try section.words("response_cue_endings")
        lists.pairSubjects = try section.words("pair_subjects")
        lists.modifiedNouns = try section.words("modified_nouns")
        lists.statementModifiers = try section.words("statement_modifiers")
        lists.datingFutureMarkers = try section.words("dating_future_markers")
        lists.timeFutureMarkers = try section.words("time_future_markers")
        lists.mainClauseVerbs = try section.words("main_clause_verbs")
        lists.kindAuxiliaries = try section.words("kind_auxiliaries")
        lists.statementParticiples = try section.words("statement_participles")
        lists.responsePhraseDeterminers = try section.words("response_phrase_determiners")
        lists.speechCoordinators = try section.words("speech_coordinators")
        lists.plainSpeechForms = try section.words("plain_speech_forms")
        lists.nounDeterminers = try section.words("noun_determiners")
        lists.judgementModifiers = try section.words("judgement_modifiers")
        lists.copulas = try section.words("copulas")
        lists.extrapositionAuxiliaries = try section.words("extraposition_auxiliaries")
        lists.extraposedSubjects = try section.words("extraposed_subjects")
        lists.extraposedClauseOpeners = try section.words("extraposed_clause_openers")
        lists.sufferingPrepositions = try section.words("suffering_prepositions")
        lists.stanceNegators = try section.words("stance_negators")
        lists.stateTargetSkips = try section.words("state_target_skips")
        lists.tellingVerbs = try section.words("telling_verbs")
        lists.addresseePronouns = try section.words("addressee_pronouns")
        lists.stateAdverbs = try section.words("state_adverbs")
        lists.stateObjectPrepositions = try section.words("state_object_prepositions")
        lists.nonActPhrases = PhraseSet(try section.words("non_act_phrases"))
        lists.letterWords = try section.words("letter_words")
        lists.doForms = try section.words("do_forms")
        lists.pairPrepositions = try section.words("pair_prepositions")
        lists.answerVerbs = try section.words("answer_verbs")
        lists.speakerPhrasePrepositions = try section.words("speaker_phrase_prepositions")
        lists.comparisonWords = try section.words("comparison_words")
        lists.endingNouns = try section.words("ending_nouns")
        lists.reciprocalVerbs = try section.words("reciprocal_verbs")
        lists.locativePrepositions = try section.words("locative_prepositions")
        lists.memberOpeners = try section.words("member_openers")
        lists.perceptionVerbs = try section.words("perception_verbs")
        lists.reasonPrepositions = try section.words("reason_prepositions")
        lists.denialVerbs = try section.words("denial_verbs")
        lists.conditionOpeners = try section.words("condition_openers")
        lists.experienceVerbs = try section.words("experience_verbs")
        lists.harmParticiples = try section.words("harm_participles")
        lists.reciprocalObjects = try section.words("reciprocal_objects")
        lists.unnamedObjectOpeners = try section.words("unnamed_object_openers")
        storage = Storage(lists)
    }
}

//! The cues the readers look for, as one enum: the language-neutral names of word classes.
//!
//! A cue is a meaning, not a word: [`Cue::Sell`] is "sell, sells, sold, rent, lease…" in the English
//! lexicon and "verkaufen, verkauft, vermieten…" in a German one. Readers only ever name cues; which
//! words stand for them is data (`lexicon/*.lex`), so a new language is a new file, not new logic.

macro_rules! cues {
    ($($(#[$meta:meta])* $variant:ident = $name:literal,)+) => {
        /// A word class the readers use; its words live in the language's lexicon file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub(crate) enum Cue {
            $($(#[$meta])* $variant,)+
        }

        impl Cue {
            /// Every cue, in declaration order.
            // Read by the lexicon's coverage test.
            #[cfg_attr(not(test), allow(dead_code))]
            pub(crate) const ALL: &'static [Cue] = &[$(Cue::$variant,)+];

            /// The cue's name in lexicon files.
            #[cfg_attr(not(test), allow(dead_code))]
            pub(crate) const fn name(self) -> &'static str {
                match self {
                    $(Cue::$variant => $name,)+
                }
            }

            /// The cue a lexicon file calls `name`.
            pub(crate) fn from_name(name: &str) -> Option<Cue> {
                match name {
                    $($name => Some(Cue::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

cues! {
    // ------------------------------------------------------------ grammar: polarity, modality, scope
    /// Negates what follows ("not", "never", "no").
    Negation = "negation",
    /// Ends the scope of a negation or condition ("but", "unless", "which").
    ScopeBreak = "scope_break",
    /// Makes what follows hypothetical ("if", "whether", "in the event").
    Condition = "condition",
    /// Introduces an exception to what came before ("except", "unless", "other than").
    Exception = "exception",
    /// A possibility or permission, not a commitment ("may", "might", "can").
    Possibility = "possibility",
    /// A commitment ("will", "shall", "must").
    Commitment = "commitment",
    /// A reserved right or discretion ("reserve the right", "at our discretion").
    Reserve = "reserve",
    /// "Currently", "at this time": a statement about now.
    Currently = "currently",
    /// Introduces examples or a list of kinds ("such as", "including", "for example").
    Example = "example",
    /// Opens an indirect question ("what", "whether", German "ob", "welche"): "we will tell you what
    /// we hold" reports the data itself, where "we will tell you when" reports an event.
    Interrogative = "interrogative",
    /// Defines a term ("means", "is defined as", "refers to").
    Definition = "definition",
    /// A legal category a practice may fall under ("as defined", "considered", "deemed", "may count as").
    LegalCategory = "legal_category",
    /// The legal basis of processing ("legal basis", "legitimate interests", German "Rechtsgrundlage"):
    /// a sentence naming it says why data is processed, not what is done with it.
    LegalBasis = "legal_basis",
    /// Only, solely, exclusively.
    Only = "only",
    /// A pointer to another part of the policy ("see the section below", "learn more").
    Pointer = "pointer",
    // ------------------------------------------------------------ actors
    /// The company speaking ("we", "us", "our").
    FirstPerson = "first_person",
    /// A possessive ("your", "our", "their"): it qualifies a noun, it does not act.
    Possessive = "possessive",
    /// A pronoun standing for something named before ("it", "them", "this").
    Pronoun = "pronoun",
    /// A reflexive pronoun ("yourself", German "sich"): "sich informieren" is to inform oneself.
    Reflexive = "reflexive",
    /// A company's legal form ("Inc.", "GmbH", "AG"): the words before it name a company.
    Company = "company",
    /// The user ("you", "your", "users", "customers").
    User = "user",
    /// A party outside the company ("third parties", "partners", "advertisers", "vendors").
    ThirdParty = "third_party",
    /// A tracking or advertising vendor named by its product ("Google Analytics").
    NamedVendor = "named_vendor",
    /// Public authorities ("law enforcement", "police", "courts", "government agencies").
    Authority = "authority",
    /// The company's own staff ("employees", "staff", "personnel", "team").
    Staff = "staff",
    /// Data coming to the company ("with us", "to us", "from third parties", "from other sources").
    Inbound = "inbound",
    // ------------------------------------------------------------ data
    /// Nouns for personal data ("information", "data", "details", "records").
    Data = "data",
    /// Sensitive kinds of data, which narrow a statement to part of the data.
    Sensitive = "sensitive",
    /// Anonymous or aggregate data, which is not personal.
    Anonymous = "anonymous",
    /// A user account or profile.
    Account = "account",
    /// A contact list sold or rented ("mailing list", "customer list").
    MailingList = "mailing_list",
    // ------------------------------------------------------------ selling and sharing
    /// Handing data over for value ("sell", "rent", "lease").
    Sell = "sell",
    /// The noun "sale".
    Sale = "sale",
    /// Value in return ("for a fee", "for money", "valuable consideration").
    Payment = "payment",
    /// Handing data to someone ("share", "disclose", "provide", "transfer").
    Share = "share",
    /// A transfer of the business itself (merger, acquisition, bankruptcy).
    BusinessTransfer = "business_transfer",
    /// Goods or the business as the thing sold ("assets", "products", "tickets").
    Goods = "goods",
    /// Advertising and marketing ("advertising", "ads", "marketing", "targeted").
    Advertising = "advertising",
    /// The name of the "Do Not Sell" link or page, not a statement.
    DoNotSellLink = "do_not_sell_link",
    // ------------------------------------------------------------ tracking
    /// Tracking technology ("cookies", "pixels", "web beacons", "SDKs").
    Tracker = "tracker",
    /// Analytics and measurement services.
    Analytics = "analytics",
    /// Social widgets and plugins ("like button", "share buttons", "plugins").
    Widget = "widget",
    /// Collecting or tracking verbs ("collect", "track", "gather", "set", "place").
    Collect = "collect",
    /// Allowing someone else to act ("allow", "permit", "work with", "use").
    Allow = "allow",
    /// Activity a tracker observes ("browsing", "visits", "activity", "interests").
    Activity = "activity",
    /// A website or app as a place ("site", "websites", "pages", "apps"): whose it is says whether
    /// tracking there is tracking on the company's site.
    Site = "site",
    /// The Do Not Track signal's name.
    DntSignal = "dnt_signal",
    /// Responding to a signal or request ("respond", "honor", "recognize", "support").
    Respond = "respond",
    /// A standard or consensus, which a negation makes missing ("no uniform standard").
    Standard = "standard",
    /// Setting a signal aside ("ignore", "disregard", "unable").
    NoStandard = "no_standard",
    /// Not tracking or stopping tracking ("stop tracking", "disable tracking").
    StopTracking = "stop_tracking",
    // ------------------------------------------------------------ retention
    /// Keeping data ("retain", "keep", "store", "hold").
    Retain = "retain",
    /// Getting rid of data ("delete", "erase", "destroy", "anonymize", "purge").
    Dispose = "dispose",
    /// A unit of time ("days", "months", "years").
    TimeUnit = "time_unit",
    /// A number word ("one", "thirty", "twelve").
    NumberWord = "number_word",
    /// Words that bound a duration ("for", "after", "within", "up to").
    Bound = "bound",
    /// Need as the limit ("necessary", "needed", "required").
    Necessity = "necessity",
    /// Phrases of limited retention ("as long as", "until", "for the duration of").
    Limited = "limited",
    /// Indefinite retention ("indefinitely", "permanently", "forever").
    Indefinite = "indefinite",
    /// Timing of something other than retention (responding, notice, age, the past).
    OtherTiming = "other_timing",
    // ------------------------------------------------------------ user rights
    /// Deleting ("delete", "erase", "remove").
    Delete = "delete",
    /// Closing an account ("close", "deactivate", "cancel", "terminate").
    Close = "close",
    /// Seeing or getting one's data ("access", "view", "copy", "export", "download").
    Access = "access",
    /// Correcting one's data ("correct", "rectify", "update", "edit").
    Correct = "correct",
    /// Opting out ("opt out", "unsubscribe", "object", "withdraw consent").
    OptOut = "opt_out",
    /// A right or a request ("right", "entitled", "request", "ask").
    Right = "right",
    /// An ability offered ("can", "able", "option", "choose", "allow you").
    Ability = "ability",
    /// The user's wish or preference ("want", "wish", "prefer"): negated, it declines something
    /// ("if you no longer wish to receive …").
    Wish = "wish",
    /// A way to act ("click", "link", "form", "settings", "email us", "contact us").
    Channel = "channel",
    /// Browser or device settings, which alone are not the company's opt-out.
    DeviceSetting = "device_setting",
    // ------------------------------------------------------------ children
    /// Children ("children", "kids", "minors", "teens").
    Child = "child",
    /// Age ("age", "years old", "aged").
    Age = "age",
    /// Adults ("adults", "over the age of"), who are not children.
    Adult = "adult",
    /// Parents and guardians.
    Parent = "parent",
    /// Under, below, younger than.
    Under = "under",
    // ------------------------------------------------------------ security
    /// Security as a topic ("security", "protect", "safeguard").
    Security = "security",
    /// A named security measure ("encryption", "TLS", "firewalls", "audits", "training").
    Measure = "measure",
    /// A security practice that is a measure only in a security context ("training", "audits",
    /// "monitoring", "passwords"): "we train our staff in data protection", not "we train models".
    Practice = "practice",
    /// Restricting who reaches data ("restricted", "limited", "need to know", "authorized").
    Restrict = "restrict",
    /// Where data is kept and processed ("servers", "systems", "database", "data centres").
    System = "system",
    /// Generic security wording ("reasonable", "appropriate", "industry standard").
    GenericSecurity = "generic_security",
    /// "No method is 100% secure", "cannot guarantee".
    Disclaimer = "disclaimer",
    /// Duties put on the user ("you should", "we recommend", "your responsibility").
    UserDuty = "user_duty",
    /// Matching identifiers for advertising ("match", "matching", "audiences").
    AdMatching = "ad_matching",
    // ------------------------------------------------------------ change notice
    /// Changing ("change", "update", "modify", "revise").
    Change = "change",
    /// The policy itself ("policy", "statement", "notice", "this page").
    PolicyRef = "policy_ref",
    /// Telling someone ("notify", "inform", "tell", "let you know").
    Notify = "notify",
    /// A direct channel to the user ("email", "in-app", "push notification", "directly").
    PersonalChannel = "personal_channel",
    /// Publishing ("post", "publish", "on this page", "last updated", "banner").
    PostedChannel = "posted_channel",
    /// Consent ("consent", "opt-in", "agree").
    Consent = "consent",
    /// Kinds of messages a service sends ("account messages", "service announcements").
    MessageKind = "message_kind",
    // ------------------------------------------------------------ law enforcement
    /// Legal process ("subpoena", "court order", "warrant", "legal process").
    LegalProcess = "legal_process",
    /// The law ("law", "laws", "legal", "regulation").
    Law = "law",
    /// Being required ("required", "compelled", "obliged", "requires").
    Required = "required",
    // ------------------------------------------------------------ international transfer
    /// Another country or jurisdiction ("other countries", "abroad", "outside the EEA").
    Abroad = "abroad",
    /// A country or jurisdiction ("countries", "jurisdiction", "borders").
    Country = "country",
    /// Other than one's own ("other", "another", "different", "foreign").
    Elsewhere = "elsewhere",
    /// A named country or region ("United States", "EEA", "European Union").
    Region = "region",
    /// Moving or keeping data somewhere ("transfer", "store", "process", "host", "located").
    Move = "move",
    /// A transfer safeguard ("standard contractual clauses", "adequacy decision").
    TransferSafeguard = "transfer_safeguard",
    /// Outside, beyond.
    Outside = "outside",
    // ------------------------------------------------------------ contact
    /// Contacting ("contact", "write to", "reach us", "get in touch").
    Contact = "contact",
    /// A privacy officer or team ("data protection officer", "privacy team").
    Officer = "officer",
    /// A phone line ("phone", "telephone", "call", "toll-free").
    Phone = "phone",
    /// Parts of a postal address ("street", "avenue", "suite", "P.O. Box").
    Postal = "postal",
    /// A web form or support page.
    WebForm = "web_form",
    /// Questions and concerns ("questions", "concerns", "comments", "complaints").
    Questions = "questions",
    // ------------------------------------------------------------ breach
    /// A data breach ("breach", "security incident", "compromised").
    Breach = "breach",
}

/// A set of cues, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CueSet(u128);

impl CueSet {
    /// The empty set.
    pub(crate) const EMPTY: CueSet = CueSet(0);

    /// The set with only `cue`.
    pub(crate) const fn of(cue: Cue) -> CueSet {
        CueSet(1 << cue as u8)
    }

    /// Whether `cue` is in the set.
    pub(crate) const fn has(self, cue: Cue) -> bool {
        self.0 & (1 << cue as u8) != 0
    }

    /// Adds `cue`.
    pub(crate) fn insert(&mut self, cue: Cue) {
        self.0 |= 1 << cue as u8;
    }

    /// Removes `cue`.
    pub(crate) fn remove(&mut self, cue: Cue) {
        self.0 &= !(1 << cue as u8);
    }

    /// Both sets together.
    pub(crate) const fn union(self, other: CueSet) -> CueSet {
        CueSet(self.0 | other.0)
    }

    /// The cues in both sets.
    pub(crate) const fn intersect(self, other: CueSet) -> CueSet {
        CueSet(self.0 & other.0)
    }

    /// Whether the sets share a cue.
    pub(crate) const fn meets(self, other: CueSet) -> bool {
        self.0 & other.0 != 0
    }

    /// The set of all `cues`.
    pub(crate) fn from_cues(cues: &[Cue]) -> CueSet {
        let mut set = CueSet::EMPTY;
        for c in cues {
            set.insert(*c);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_fit_the_set_and_names_round_trip() {
        assert!(Cue::ALL.len() <= 128, "CueSet holds 128 cues");
        for c in Cue::ALL {
            assert_eq!(Cue::from_name(c.name()), Some(*c));
            assert!(CueSet::of(*c).has(*c));
        }
    }
}

# English lexicon of the clause reader: which words stand for each cue (src/classify/cue.rs).
# Format: see src/classify/lexicon/mod.rs. `stem*` matches a word's start, never its inside.
# Entries are the ordinary vocabulary of privacy policies and of the rubric contract; none is taken
# from one particular policy.

# English puts the negation before the verb it negates ("we do not sell").
@negation_after = 0
# A capitalised word inside a sentence is a name ("Let's Encrypt" is a company, not encryption).
@capitalized_names = yes

# ---------------------------------------------------------------- grammar
negation: not, never, no, neither, nor, none, cannot, without, nobody, nothing, *n't
scope_break: but, however, although, though, except, unless, if, when, whenever, whether, while, whereas,
    which, who, because, so, instead, rather, other, than, where, once, after, before
condition: if, whether, whenever, in the event, in case, should you, should we, provided that, to the extent
exception: except, unless, other than, apart from, excluding, save for, with the exception, beyond what
possibility: may, might, can, could, sometimes, occasionally, from time to time, periodically, reserve*,
    potentially, possibly
commitment: will, shall, must, always, commit*, promise*, ensure*, undertake
reserve: reserve the right, reserves the right, reserved the right, at our discretion, at our sole discretion,
    at its discretion, at its sole discretion
currently: currently, presently, at this time, at present, yet, for now, today
example: such as, including, for example, for instance, e.g, like, among them, for things like
definition: means, is defined as, defined as, refers to, definition, the term, defines, define
legal_category: as defined, defined by, defined under, within the meaning, considered, deemed, constitute*,
    count as, counts as, qualif*, may be a sale, treated as
only: only, solely, exclusively, strictly, just
pointer: see section, see the section, read the section, section below, section above, sections below,
    learn more, learn how, learn about, for more information, for more details, described below, described above,
    set out below, refer to, please see, see below, see above, section titled, section entitled

# ---------------------------------------------------------------- actors
first_person: we, us, our, ours, ourselves
possessive: your, our, their, its, his, her, whose
pronoun: it, them, this, these, that, those
user: you, your, yours, yourself, user, users, user's, consumer, consumers, customer, customers, member,
    members, visitor, visitors, individual, individuals, subscriber, subscribers, resident, residents,
    data subject*, account holder*, registered users, people, person, reader, readers, player, players,
    patient, patients, applicant*, client, clients, persons
third_party: third, third-party, third-parties, 3rd, partner, partners, advertiser, advertisers, vendor,
    vendors, sponsor, sponsors, marketer, marketers, broker, brokers, affiliate, affiliates, service provider*,
    provider, providers, companies, businesses, organizations, organisations, other companies, another company,
    ad network*, advertising network*, ad server*, ad tech, adtech, networks, publishers, retailers, merchants,
    anyone, others, outside, unaffiliated, outsiders, external, recipients, not from us, other than us,
    set by others, operated by others, run by another company, other websites, firms, other firms, ad-tech
named_vendor: google analytics, google ads, google tag, google adsense, doubleclick, facebook pixel, meta pixel,
    adsense, hotjar, mixpanel, quantcast, comscore, segment, amplitude, optimizely, crazy egg, new relic,
    criteo, taboola, outbrain, addthis, sharethis, adobe analytics, matomo, scorecard research, chartbeat
authority: law enforcement, police, court, courts, tribunal*, government*, authorit*, regulator*, public bodies,
    public body, public agencies, government agencies, officials, prosecutor*, tax office*, agencies, judicial
staff: employees, employee, staff, personnel, team, teams, engineers, contractors, agents, workers,
    authorized persons, authorised persons, authorized personnel, authorised personnel, administrators
inbound: with us, to us, from third parties, from third-party, from partners, from our partners, from other sources,
    from other companies, from advertisers, from data brokers, about you from, we receive, we obtain, we get

# ---------------------------------------------------------------- data
data: information, info, data, pii, details, records, identifiers, profile, profiles, e-mail address*,
    email address*, addresses, contact details, personal, name, names, phone numbers, history, preferences,
    lists, list, emails, e-mails, database*, card numbers, credit card*, payment details, payment information
anonymous: aggregate*, anonym*, de-identified, deidentified, de-identif*, non-personal*, non-identif*, statistical,
    pseudonym*
account: account, accounts, membership, memberships, profile, profiles, registration, login
mailing_list: mailing list*, customer list*, email list*, e-mail list*, subscriber list*, contact list*,
    member list*, names and addresses, mailing addresses

# ---------------------------------------------------------------- selling and sharing
sell: sell, sells, selling, sold, resell*, resold, rent, rents, renting, rented, lease, leases, leasing, leased,
    monetize, monetise, monetizes, monetises, monetized, monetised, license for payment
sale: sale, sales
payment: for a fee, for money, for payment, for profit, monetary, valuable consideration, in return for payment,
    for compensation, financial benefit, in exchange for money
share: share, shares, shared, sharing, disclose*, provide, provides, provided, providing, give, gives, given,
    giving, transfer, transfers, transferred, transferring, transmit*, pass, passes, passed, passing, hand over,
    release, releases, released, distribute*, furnish*, exchange, exchanged, exchanges, swap, swaps,
    make available, made available, makes available, supply, supplies, supplied, send, sends, sent, offer, reveal*
business_transfer: merger*, merge, acquisition*, acquired, acquire, bankruptcy, insolvency, reorganiz*,
    reorganis*, dissolution, receivership, liquidation, change of control, change in control, successor*,
    divestiture, substantially all, corporate transaction*, business transfer*, sale of assets, asset sale,
    sale of the company, sale of our business, sale of all, sale of some, restructur*, change of ownership,
    transfer of ownership, financing, sold or transferred
goods: assets, asset, business, company, stock, shares, products, product, goods, tickets, ticket, merchandise,
    items, item, services, service, subscriptions, property, properties, units, website, websites, division,
    ownership, equity, securities, gift, books, vehicles, hardware, devices, apps, software, plans, tools
sensitive: sensitive, special categor*, biometric, precise geolocation, health
advertising: advertis*, ads, ad, marketing, marketers, promotional, promotion, promotions, interest-based,
    targeted, behavioral, behavioural, retargeting, remarketing, solicitation*, telemarketing, direct mail,
    mailings, commercial messages, sponsored, promot*, special offers, their own offers, their own products,
    catalogs, catalogues, campaigns, ad campaign*, targeting
do_not_sell_link: do not sell my, do not sell or share my, do not share my, do not sell and share my

# ---------------------------------------------------------------- tracking
tracker: cookie, cookies, beacon*, pixel*, web bug*, clear gif*, gifs, tag, tags, sdk*, tracking technolog*,
    tracking tool*, tracker*, local storage, fingerprint*, scripts, script, device identifier*,
    advertising identifier*, advertising id, advertising ids, mobile identifier*, software development kit*, flash cookie*,
    tracking code*, plug-in*, plugins
analytics: analytic*, measurement, audience measurement, metrics, usage statistics
widget: like button*, share button*, social plugin*, social media plugin*, social widget*, social media widget*,
    social media button*, social sharing button*, widget*, embedded content, embedded video*, plugin, plugins,
    social media features, social features
collect: collect, collects, collected, collecting, collection, gather*, track, tracks, tracked, tracking,
    record, records, recorded, log, logs, logged, set, sets, place, places, placed, placing, drop, drops, serve,
    serves, served, observe, observes, monitor, monitors, receive, receives, obtain, obtains, recognize*,
    recognise*, read, reads, measure, measures, see
allow: allow, allows, allowed, permit, permits, permitted, let, lets, enable, enables, work with, partner with,
    use, uses, using, employ, employs, run, runs, host, hosts, embed, embeds, integrate*, include, includes,
    contain, contains
activity: activity, activities, browsing, visits, visit, interests, behavior, behaviour, across,
    over time, other sites, other websites, other apps, interactions, clicks, pages you view
dnt_signal: do not track, do-not-track, dnt
respond: respond, responds, responding, response, honor, honors, honored, honoring, honour, honours, honoured,
    honouring, recognize*, recognise*, support, supports, respect, respects, comply, complies, observe, observes,
    act on, acts on, accommodate*, follow, follows, obey*, acknowledge*, process, processes, react*, alter,
    change, changes, treat, treats, adjust*
no_standard: no uniform, no standard, no industry standard, no common standard, no consensus, no agreed,
    not yet been, ignore*, disregard*, not been finalized, not finalized, not able, unable
stop_tracking: stop tracking, stops tracking, not be tracked, are not tracked, is not tracked, will not track,
    disable tracking, disables tracking, turn off tracking, turns off tracking, not load, will not load,
    opt you out, stop collecting, no longer track, turn off, turns off, switch off, switches off, disable, disables,
    stop, stops

# ---------------------------------------------------------------- retention
retain: retain*, retention, keep, keeps, kept, keeping, store, stores, stored, storing, storage, hold, holds,
    held, holding, maintain*, preserve*, archiv*, save, saves, saved, stays, remains
dispose: delete, deletes, deleted, deleting, deletion, purge*, destroy*, destruction, erase, erases, erased,
    erasure, anonymi*, anonymis*, de-identify, remove, removes, removed, removal, discard*, overwrit*,
    expire, expires, expired, dispose*
time_unit: day, days, week, weeks, month, months, year, years, hour, hours, minutes, decade, decades,
    calendar year*, business days
number_word: one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen,
    fifteen, sixteen, seventeen, eighteen, twenty, thirty, forty, forty-five, fifty, sixty, ninety, hundred,
    several, a few
bound: for, after, within, up to, than, maximum, max, exceed*, at most, no more than, period of, beyond, past,
    longer than, upon expiry of
necessity: necessary, needed, need, needs, relevant, useful
limited: as long as, so long as, for as long, no longer than, until, while your account, while you,
    for the duration, duration of, for the period, for the time, reasonable period, reasonable time,
    commercially reasonable, retention schedule*, retention period*, retention polic*, no longer necessary,
    no longer needed, no longer required, no longer relevant, as necessary, as needed, as required,
    time necessary, period necessary, when you close, when you delete, when your account, once you close,
    after you close, limited period, limited time, as soon as practical, as soon as possible,
    as soon as reasonably practicable, regularly, periodically, longer than necessary, longer than needed,
    longer than is necessary, only as long
indefinite: indefinitely, forever, in perpetuity, no time limit, unlimited period, unlimited time, no set limit,
    no limit on, no fixed period, without time limit, without limit, indefinite, permanently
other_timing: respond, responds, response, reply, answer, acknowledge*, receipt, notice, prior, effective, age,
    old, aged, younger, older, ago, since, preceding, previous, last, expire, expires, valid, link, links,
    session, sessions, password, passwords, trial, deadline, process your request, verify, verification

# ---------------------------------------------------------------- user rights
delete: delete, deletes, deleted, deleting, deletion, erase, erased, erasure, remove, removed, removal,
    be forgotten, wipe, wiped, purge, clear your
close: close, closes, closing, closed, deactivate*, cancel, cancels, cancelling, canceling, cancellation,
    terminate, terminates, termination, shut down
access: access, accessing, view, viewing, review, reviewing, see, copy, copies, export*, download*, obtain,
    portab*, inspect, know, knowing, retrieve, receive a copy, show, shows, tell you what, what we hold,
    what information we hold
correct: correct, correcting, correction, corrections, rectif*, update, updating, edit, editing, modify,
    amend, fix, fixed, inaccurate, incorrect, complete incomplete
opt_out: opt out, opt-out, opted out, opting out, opts out, unsubscribe*, withdraw*, object, objection,
    objecting, stop receiving, no longer receive, no longer wish, choose not to receive, decline, tell us not,
    ask us to stop, ask us not, exclude you, remove you from, remove your name, untick, uncheck, turn off,
    switch off, disable, privacy choices, your choices, limit the use, stop sending, stop using, opt-outs
right: right, rights, entitled, request, requests, requesting, ask, ask us, exercise, demand
ability: can, may, able, option, options, choose, allow you, allows you, let you, lets you, enable you,
    enables you, free to, welcome to, wish, want, would like, at any time, how to, simply, easily, way, ways
channel: click, link, links, form, forms, settings, setting, dashboard, page, portal, email, e-mail,
    emailing, contact, contacting, write, writing, call, calling, visit, visiting, submit, send, sending,
    tool, tools, toggle, switch, preference center, preference centre, account settings, unsubscribe link,
    instructions, button, menu, app, reply, let us know
device_setting: browser, browsers, browser settings, device settings, web browser, cookie settings,
    operating system, mobile device settings, your device

# ---------------------------------------------------------------- children
child: child, children, children's, child's, kid, kids, minor, minors, coppa, teen, teens, teenager*,
    young people, youth, juvenile*, underage, pupils
age: age, ages, aged, years old, years of age, year-old*, birthday
parent: parent, parents, parental, parent's, guardian, guardians, legal guardian*
under: under, below, younger than, less than, beneath
adult: adult, adults, over the age, older than, grown-ups

# ---------------------------------------------------------------- security
security: secur*, protect*, safeguard*, confidential*, integrity, unauthori*, breach*
measure: encrypt*, ssl, tls, https, secure socket*, firewall*, two-factor, multi-factor, 2fa, mfa,
    two-step, intrusion detection, intrusion prevention, penetration test*, pen test*, pentest*, pci,
    access control*, need to know, need-to-know, authenticat*, pseudonymi*, hashed, hashing, salted,
    scrambl*, secure server*, secure facilit*, tokeniz*, tokenis*, cryptograph*, restricted server*,
    restricted access, access restrictions, limited access
practice: audit, audits, audited, auditing, background check*, train, trained, training, monitor, monitors,
    monitoring, monitored, logging, access logs, password*, certified, certification*, iso, soc,
    vulnerability, vulnerabilities, anti-virus, antivirus, malware, locked, backups, backup,
    security review*, security test*, confidentiality agreement*, bug bounty, segregat*, isolat*
restrict: restrict*, limit, limits, limited, limiting, only, need, authorized, authorised, permission*,
    clearance, who need, need it
generic_security: reasonable, appropriate, industry standard, industry-standard, commercially reasonable,
    adequate, suitable, measures, safeguards, precautions, procedures, steps, technical and organizational,
    technical and organisational, administrative, physical, electronic, managerial, procedural, efforts,
    seriously, committed, secure, generally accepted standards, accepted standards, industry standards
disclaimer: 100%, guarantee*, no method, completely secure, perfectly secure, fully secure,
    absolute security, absolutely secure, impenetrable, cannot ensure, can not ensure, no system, no security
user_duty: you should, you must, we recommend, we encourage you, we suggest, your responsibility,
    you are responsible, it is up to you, please, be sure to, remember to
ad_matching: match, matching, matched, audience, audiences, custom audience*, lookalike*, ad targeting

# ---------------------------------------------------------------- change notice
change: change, changes, changed, changing, update, updates, updated, updating, modif*, revis*, amend*, alter,
    alters, altered, alteration*, new version, updated version, revised version, new purpose, different purpose,
    purpose not described, purposes not described
policy_ref: policy, policies, statement, notice, this page, privacy terms, these terms, our terms, practices,
    this document, privacy notice, new version, updated version, revised version, new purpose, different purpose,
    purpose not described, purposes not described
notify: notify, notifies, notified, notifying, notification, notifications, inform, informs, informed,
    informing, alert, alerts, tell, let you know, advise, advised, contact you, reach out, email you,
    e-mail you, write to you, told
personal_channel: email, e-mail, emails, e-mails, by mail, in-app, in the app, push notification*, notification,
    notifications, directly, message, messages, text message*, sms, pop-up, popup, dialog, registered address,
    your account, send you, sending you, mail, letter, account dashboard
posted_channel: post, posts, posted, posting, publish*, on this page, on our site, on our website, on the site,
    on this site, on the website, on our web site, homepage, home page, last updated, effective date,
    last modified, last revised, revision date, updated date, date at the top, date above, date below, banner,
    website, site, here, prominent notice, check back, check this page, review this page, revised version,
    updated version, without notice, continued use, continue to use, continuing to use
consent: consent, consents, opt-in, opt in, permission, approval
message_kind: account messages, service messages, service announcements, administrative messages,
    transactional messages, account notices, service-related, account-related, billing, receipts, reminders,
    security alerts, newsletters, such as notices

# ---------------------------------------------------------------- law enforcement
legal_process: subpoena*, court order*, warrant, warrants, legal process, legal proceeding*, judicial proceeding*,
    lawful request*, legal request*, legal demand*, summons, litigation, discovery request*, legal claim*,
    valid request*, search warrant*, government request*, court-ordered, official request*, lawful access,
    national security
law: law, laws, legal, legally, lawful, lawfully, statute*, statutory, regulation, regulations, regulatory,
    legislation, obligation, obligations, rules
required: required, requires, require, requiring, compelled, compel*, obliged, obligated, obligation*, mandated,
    mandatory, ordered, necessary to comply, need to comply, have to, has to, must, comply, complies, comply with

# ---------------------------------------------------------------- international transfer
abroad: other countries, another country, other country, countries other than, outside your country,
    outside of your country, outside the country, foreign, abroad, overseas, across borders, cross-border,
    crossborder, national boundaries, national borders, across boundaries, international*, worldwide,
    around the world, anywhere in the world, other jurisdictions, another jurisdiction, different jurisdiction*,
    third countr*, any country, countries where, different countr*, outside the jurisdiction,
    jurisdictions other than, countries, country
region: united states, u.s, u.s.a, usa, eea, european economic area, european union, eu, e.u, uk, united kingdom,
    switzerland, canada, india, europe, asia, australia, america, north america, ireland, singapore,
    japan, china, brazil, germany, israel
move: transfer*, store, stores, stored, storing, process, processed, processing, host, hosts, hosted,
    located, maintain*, moved, move, transmit*, sent, send, accessed, housed, kept, reside*, collected, based,
    export*, servers, server, data centers, data centres, offices, operations
transfer_safeguard: standard contractual clauses, standard data protection clauses, adequacy decision*,
    binding corporate rules, privacy shield, data privacy framework, model clauses, appropriate safeguards,
    adequate level of protection, adequacy
outside: outside, beyond, out of

# ---------------------------------------------------------------- contact
contact: contact, contacting, write to, write us, email us, e-mail us, call us, reach us, reach out, send us,
    get in touch, mail us, direct questions, address questions, send your questions, submit your questions,
    attn, attention, reach our
officer: data protection officer, privacy officer, chief privacy officer, dpo, privacy team, privacy office,
    data protection team, privacy department, legal department, compliance officer, privacy lead
phone: phone, telephone, tel, call, toll-free, toll free, fax, hotline, helpline
postal: p.o box, po box, post office box, suite, street, st, avenue, ave, blvd, boulevard, road, rd, drive,
    lane, ln, terrace, place, plaza, square, floor, parkway, pkwy, highway, hwy, court, ct, way, close, crescent,
    building, house, mailing address, postal address, registered office
web_form: contact form, web form, online form, webform, support page, help center, help centre, support site,
    request form, privacy portal, privacy request form, contact page, contact us page, support center,
    support centre, customer support page, our support, help page
questions: questions, question, concerns, concern, comments, complaints, complaint, inquiries, enquiries, queries,
    requests, feedback

# ---------------------------------------------------------------- breach
breach: breach, breaches, security incident*, data incident*, unauthorized access, unauthorised access,
    compromised, compromise, exposed, leak, leaks, leaked, data loss

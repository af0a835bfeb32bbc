# English lexicon of the clause reader: which words stand for each cue (src/classify/cue.rs).
# Format: see src/classify/lexicon/mod.rs. `stem*` matches a word's start, never its inside.
# Entries are the ordinary vocabulary of privacy policies and of the rubric contract; none is taken
# from one particular policy. Prefer single words and stems: the reading logic combines them
# ("no" + "standard" is a missing standard), so a phrase is listed only when it is a fixed term.
# `tools/lexicon-audit.sh` lists entries that occur in only one or two corpus documents.

# English puts the negation before the verb it negates ("we do not sell").
@negation_after = 0
# A capitalised word inside a sentence is a name ("Shield Encrypt" is a company, not encryption).
@capitalized_names = yes

# ---------------------------------------------------------------- grammar
negation: not, never, no, neither, nor, none, cannot, without, nobody, nothing, *n't
scope_break: but, however, although, though, except, unless, if, when, whenever, whether, while, whereas,
    which, who, because, so, instead, rather, other, than, where, once, after, before, how
condition: if, whether, whenever, in the event, in case, should you, should we, provided that, to the extent
exception: except, unless, other than, excluding
possibility: may, might, can, could, sometimes, occasionally, from time to time, periodically, potentially,
    possibly
commitment: will, shall, must, always, commit*, promise*, ensure*, undertake
reserve: reserve*, discretion
currently: currently, presently, at this time, at present, yet
example: such as, including, for example, for instance, e.g, like
interrogative: what, whether, which
definition: means, defined as, refers to, definition, defines, define
legal_category: as defined, defined by, defined under, considered, deemed, constitute*, count as, qualif*,
    treated as
legal_basis: legal basis, legal bases, lawful basis, lawful bases,
    art 6, legitimate interest, legitimate interests
only: only, solely, exclusively, strictly, just
pointer: see section, see the section, section below, section above, learn more, learn how, learn about,
    for more information, refer to, please see, see below, see above

# ---------------------------------------------------------------- actors
first_person: we, us, our, ours, ourselves
possessive: your, our, their, its, his, her, whose
pronoun: it, them, this, these, that, those
reflexive: yourself, themselves, himself, herself, itself, ourselves
user: you, your, yours, yourself, user, users, user's, consumer, consumers, customer, customers, member,
    members, visitor, visitors, individual, individuals, subscriber, subscribers, resident, residents,
    data subject*, people, person, persons, reader, readers, player, players, patient, patients, applicant*,
    client, clients
third_party: third, third-party, third-parties, 3rd, partner, partners, advertiser, advertisers, vendor,
    vendors, sponsor, sponsors, marketer, marketers, broker, brokers, affiliate, affiliates, service provider*,
    provider, providers, companies, businesses, organizations, other companies, ad network*,
    advertising network*, ad server*, adtech, ad-tech, networks, publishers, retailers, merchants, anyone,
    others, outside, unaffiliated, outsiders, external, recipients, firms, another company
company: inc, ltd, llc, corp, gmbh, plc, co
named_vendor: google analytics, google ads, adsense, doubleclick, hotjar, mixpanel, quantcast, comscore,
    amplitude, optimizely, criteo, taboola, outbrain, addthis, sharethis, matomo, chartbeat
authority: law enforcement, police, court, courts, tribunal*, government*, authorit*, regulator*, public bodies,
    officials, prosecutor*, agencies, judicial
staff: employees, employee, staff, personnel, team, teams, engineers, contractors, agents, workers,
    administrators
inbound: with us, to us, from third parties, from third-party, from other sources, we receive, we obtain

# ---------------------------------------------------------------- data
data: information, info, data, pii, details, records, identifiers, profile, profiles, e-mail address*,
    email address*, address, addresses, personal, name, names, history, preferences, lists, list, emails, e-mails,
    database*, card numbers, credit card*
sensitive: sensitive, biometric, health
anonymous: aggregate*, anonym*, de-identified, deidentified, de-identif*, non-personal*, non-identif*, statistical,
    pseudonym*
account: account, accounts, membership, memberships, profile, profiles, registration, login
mailing_list: mailing list*, customer list*, email list*, e-mail list*, contact list*

# ---------------------------------------------------------------- selling and sharing
sell: sell, sells, selling, sold, resell*, resold, rent, rents, renting, rented, lease, leases, leasing, leased,
    monetize, monetise, monetizes, monetises, monetized, monetised
sale: sale, sales
payment: for a fee, for payment, monetary, valuable consideration, fee, fees
share: share, shares, shared, sharing, disclose*, provide, provides, provided, providing, give, gives, given,
    giving, transfer, transfers, transferred, transferring, transmit*, pass, passes, passed, passing, hand over,
    release, releases, released, distribute*, furnish*, exchange, exchanged, exchanges, swap, swaps,
    make available, made available, supply, supplies, supplied, send, sends, sent, offer, reveal*
business_transfer: merger*, merge, acquisition*, acquired, acquire, bankruptcy, insolvency, reorganiz*,
    reorganis*, dissolution, receivership, liquidation, change of control, successor*, divestiture,
    substantially all, sale of assets, restructur*, financing
goods: assets, asset, business, company, stock, shares, products, product, goods, tickets, ticket, merchandise,
    items, item, services, service, subscriptions, property, properties, units, website, websites, division,
    ownership, equity, securities, gift, books, vehicles, hardware, devices, apps, software, plans, tools
advertising: advertis*, ads, ad, marketing, marketers, promotional, promotion, promotions, promot*,
    interest-based, targeted, targeting, behavioral, behavioural, retargeting, remarketing, solicitation*,
    telemarketing, direct mail, mailings, sponsored, catalogs, catalogues, campaigns
do_not_sell_link: do not sell my, do not sell or share my

# ---------------------------------------------------------------- tracking
tracker: cookie, cookies, beacon*, pixel*, clear gif*, gifs, tag, tags, sdk*, tracking technolog*, tracker*,
    local storage, fingerprint*, scripts, script, device identifier*, advertising id, plug-in*, plugins
analytics: analytic*, measurement, metrics
widget: share button*, social media plugin*, widget*, plugin, plugins
collect: collect, collects, collected, collecting, collection, gather*, track, tracks, tracked, tracking,
    record, records, recorded, log, logs, logged, set, sets, place, places, placed, placing, drop, drops, serve,
    serves, served, observe, observes, monitor, monitors, receive, receives, obtain, obtains, recognize*,
    recognise*, read, reads, measure, measures, see
allow: allow, allows, allowed, permit, permits, permitted, let, lets, enable, enables, work with, partner with,
    use, uses, using, employ, employs, run, runs, host, hosts, embed, embeds, integrate*, include, includes,
    contain, contains, load, loads
activity: activity, activities, browsing, visits, visit, interests, behavior, behaviour, across, over time,
    other sites, other websites, interactions, clicks
site: site, sites, website, websites, web site*, webpage*, web page*, page, pages, app, apps
dnt_signal: do not track, do-not-track*, dnt, dnt-*, dnt:*
respond: respond, responds, responding, response, honor, honors, honored, honoring, honour, honours, honoured,
    honouring, recognize*, recognise*, support, supports, respect, respects, comply, complies, observe, observes,
    act on, accommodate*, follow, follows, obey*, acknowledge*, process, processes, react*, alter,
    change, changes, treat, treats, adjust*
standard: standard, standards, consensus
no_standard: ignore*, disregard*, unable
stop_tracking: stop, stops, disable, disables, turn off, turns off, switch off

# ---------------------------------------------------------------- retention
retain: retain*, retention, keep, keeps, kept, keeping, store, stores, stored, storing, storage, hold, holds,
    held, holding, maintain*, preserve*, archiv*, save, saves, saved, stays, remains
dispose: delete, deletes, deleted, deleting, deletion, purge*, destroy*, destruction, erase, erases, erased,
    erasure, anonymi*, anonymis*, de-identify, remove, removes, removed, removal, discard*, overwrit*,
    expire, expires, expired, dispose*
time_unit: day, days, week, weeks, month, months, year, years, hour, hours, minutes, decade, decades
number_word: one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen,
    fifteen, sixteen, seventeen, eighteen, twenty, thirty, forty, forty-five, fifty, sixty, ninety, hundred,
    several, a few
bound: for, after, within, up to, than, maximum, max, exceed*, period, beyond, past
necessity: necessary, needed, need, needs, relevant, useful
limited: as long as, for as long, no longer than, until, while, for the duration, duration of, reasonable period,
    commercially reasonable, limited period, as necessary, as needed, as required, as soon as, regularly,
    periodically, retention period*, no longer
indefinite: indefinitely, forever, perpetuity, indefinite, unlimited, permanently
other_timing: respond, responds, response, reply, answer, acknowledge*, receipt, notice, prior, effective, age, take, takes,
    old, aged, younger, older, ago, since, preceding, previous, last, expire, expires, valid, link, links,
    session, sessions, password, passwords, trial, deadline, verify, verification

# ---------------------------------------------------------------- user rights
delete: delete, deletes, deleted, deleting, deletion, erase, erased, erasure, remove, removed, removal,
    forgotten, purge, clear
close: close, closes, closing, closed, deactivate*, cancel, cancels, cancelling, canceling, cancellation,
    terminate, terminates, termination
access: access, accessing, view, viewing, review, reviewing, see, copy, copies, export*, download*, obtain,
    portab*, inspect, know, knowing, retrieve, show, shows, showing
correct: correct, corrected, correcting, correction, corrections, rectif*, update, updated, updating, edit,
    edited, editing, modify, amend, fix, fixed, inaccurate, incorrect, manage
opt_out: opt out, opt-out, opted out, opting out, opts out, opt-outs, unsubscribe*, withdraw*, object, objection,
    objecting, stop receiving, decline, untick, uncheck, turn off, disable, your choices
right: right, rights, entitled, request, requests, requesting, ask, ask us, exercise, demand, instruct*,
    tell us, direct us
ability: can, cannot, can't, may, able, option, options, choose, allow you, allows you, let you, lets you, enable you,
    enables you, free to, wish, want, would like, at any time, how to, simply, easily, way, ways
wish: wish, wishes, want, wants, would like, prefer, prefers, would rather
channel: click, link, links, form, forms, settings, setting, dashboard, page, portal, email, e-mail,
    emailing, contact, contacting, write, writing, call, calling, visit, visiting, submit, send, sending,
    tool, tools, toggle, switch, instructions, button, menu, app, reply, let us know
device_setting: browser, browsers, browser settings, device settings, your device

# ---------------------------------------------------------------- children
child: child, children, children's, child's, kid, kids, minor, minors, coppa, teen, teens, teenager*,
    young people, youth, juvenile*, underage, pupils
age: age, ages, aged, years old, years of age, year-old*, birthday
parent: parent*, guardian*
under: under, below, younger than, less than, beneath
adult: adult, adults, older than

# ---------------------------------------------------------------- security
security: secur*, protect*, safeguard*, confidential*, integrity, unauthori*, breach*, safe
measure: encrypt*, ssl, tls, https, secure socket*, firewall*, two-factor, multi-factor, 2fa, mfa,
    intrusion detection, penetration test*, pentest*, pci, access control*, need to know, need-to-know,
    pseudonymi*, hashed, hashing, salted, scrambl*, tokeniz*, tokenis*, cryptograph*
practice: authenticat*, audit, audits, audited, auditing, background check*, train, trained, training, monitor, monitors,
    monitoring, monitored, logging, logged, logs, password*, certified, certification*, iso, soc, anti-virus, antivirus,
    malware, locked, backups, backup, segregat*, isolat*
restrict: restrict*, limit, limits, limited, limiting, only, need, authorized, authorised, permission*,
    clearance
system: server, servers, system, systems, database*, data center*, data centre*, infrastructure, network, facilities
generic_security: reasonable, appropriate, industry standard, adequate, suitable, measures, safeguards,
    precautions, procedures, steps, administrative, physical, electronic, managerial, procedural, efforts,
    seriously, committed, secure
disclaimer: 100%, guarantee*, no method, completely secure
user_duty: you should, you must, we recommend, we encourage you, your responsibility, you are responsible, please
ad_matching: match, matching, matched, audience, audiences

# ---------------------------------------------------------------- change notice
change: change, changes, changed, changing, update, updates, updated, updating, modif*, revis*, amend*, alter,
    alters, altered, alteration*, new version, new purpose*
policy_ref: policy, policies, statement, notice, this page, privacy terms, these terms, our terms, practices,
    this document, privacy notice, new version, new purpose*
notify: notify, notifies, notified, notifying, notification, notifications, inform, informs, informed,
    informing, alert, alerts, tell, let you know, advise, advised, contact you, email you, told
personal_channel: email, e-mail, emails, e-mails, by mail, in-app, in the app, push notification*, notification,
    notifications, directly, message, messages, sms, pop-up, popup, dialog, your account, mail, letter
posted_channel: post, posts, posted, posting, publish*, on this page, on our site, on our website, on the site,
    on this site, homepage, home page, last updated, effective date, last modified, last revised, banner,
    website, site, here, check back, without notice, continued use
consent: consent, consents, opt-in, opt in, permission, approval
message_kind: administrative, transactional, service-related, account-related, billing, receipts, reminders,
    newsletters, announcements

# ---------------------------------------------------------------- law enforcement
legal_process: subpoena*, court order*, warrant, warrants, legal process, lawful request*, legal request*,
    summons, litigation, national security
law: law, laws, legal, legally, lawful, lawfully, statute*, statutory, regulation, regulations, regulatory,
    legislation, obligation, obligations, rules, act
required: required, requires, require, requiring, compelled, compel*, obliged, obligated, obligation*, mandated,
    mandatory, ordered, have to, has to, must, comply, complies

# ---------------------------------------------------------------- international transfer
abroad: abroad, overseas, foreign, international*, worldwide, globally, around the world,
    anywhere in the world, other countries, third countr*
country: countr*, jurisdiction*, border*, boundar*, territor*
elsewhere: other, another, different, differ, differs, third, any, foreign, multiple, several, various, across
region: united states, u.s, usa, eea, european economic area, european union, eu, uk, united kingdom,
    switzerland, canada, india, europe, asia, australia, america, ireland, singapore, japan, china, brazil,
    germany, israel
move: transfer*, store, stores, stored, storing, process, processed, processing, host, hosts, hosted,
    located, maintain*, moved, move, transmit*, sent, send, accessed, housed, kept, reside*, collected, based,
    export*
transfer_safeguard: standard contractual clauses, adequacy, privacy shield, binding corporate rules
outside: outside, beyond, out of

# ---------------------------------------------------------------- contact
contact: contact, contacting, write to, email us, e-mail us, call us, send us, get in touch, attn, attention
officer: data protection officer, privacy officer, chief privacy officer, dpo, privacy office
phone: phone, telephone, tel, call, toll-free, toll free, fax, hotline, helpline
postal: p.o box, po box, suite, street, st, avenue, ave, blvd, boulevard, road, rd, drive, lane, ln, terrace,
    place, plaza, square, floor, parkway, pkwy, highway, hwy, court, ct, way, close, crescent, building, house,
    mailing address, postal address
web_form: contact form, web form, online form, webform, support page, help center, help centre, request form,
    privacy portal, contact page
questions: questions, question, concerns, concern, comments, complaints, complaint, inquiries, enquiries, queries,
    requests, feedback

# ---------------------------------------------------------------- breach
breach: breach, breaches, security incident*, unauthorized access, unauthorised access, compromised, compromise,
    exposed, leak, leaks, leaked

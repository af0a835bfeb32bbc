# German lexicon of the clause reader: which words stand for each cue (src/classify/cue.rs).
# Format: see src/classify/lexicon/mod.rs. German writes compounds as one word ("Datenweitergabe",
# "Werbepartner"), so besides whole words and stems (`stem*`) this file uses `*tail` and `*core*`
# pieces; keep those pieces long enough to be one morpheme. Entries are the ordinary vocabulary of
# German (GDPR-era) privacy policies; none is taken from one particular policy.

# In German main clauses the negation follows the verb ("wir verkaufen Ihre Daten nicht"), up to the
# end of the clause; in subordinate clauses it comes first ("dass Daten nicht verkauft werden").
@negation_after = 8
# … and a negation before a verb at the end of a long clause stands far from it ("werden weder an A noch
# an B … übermittelt").
@negation_before = 12
# Every noun is capitalised: a capital says nothing about names.
@capitalized_names = no
# The subject is the first actor of a clause, wherever the verb stands ("Auf unserer Website erheben
# Werbenetzwerke …", "… dass wir Ihre Daten an Partner verkaufen").
@subject_first = yes
# Objects stand before a verb at the end of the clause ("… Ihre Daten löschen lassen").
@objects_before_verb = yes

# ---------------------------------------------------------------- grammar
negation: nicht, nie, niemals, kein, keine, keinen, keinem, keiner, keines, weder, ohne, nichts, niemand,
    ausgeschlossen
scope_break: aber, jedoch, sondern, außer, ausser, es sei denn, wenn, falls, sofern, soweit, ob, während,
    welche, welcher, welches, weil, damit, dass, wobei
condition: wenn, falls, sofern, soweit, ob, im falle, für den fall
exception: außer, ausser, es sei denn, ausgenommen, ausnahme*, abgesehen
possibility: können, kann, könnten, könnte, dürfen, darf, möglicherweise, gegebenenfalls, ggf, eventuell,
    gelegentlich, von zeit zu zeit
commitment: werden, wird, müssen, muss, stets, immer, verpflichten, sicherstellen, gewährleisten
reserve: vorbehalt*, behalten uns, ermessen
currently: derzeit, zurzeit, aktuell, momentan, gegenwärtig, noch
example: wie z.b, z.b, zum beispiel, beispielsweise, etwa, insbesondere, u.a, unter anderem, darunter
interrogative: ob, welche, welcher, welches, welchen, was, inwieweit
definition: bedeutet, bezeichnet, definiert, begriff
legal_category: im sinne, i.s.d, als verkauf, betrachtet
legal_basis: rechtsgrundlage*, *rechtsgrundlage*, rechtliche grundlage, rechtlichen grundlage, rechtlichen grundlagen,
    art 6, berechtigte interesse*, berechtigten interesse*, berechtigtes interesse
only: nur, ausschließlich, lediglich, allein
pointer: siehe, vgl, abschnitt, ziffer, weitere informationen, mehr informationen, nachfolgend, unten, oben

# ---------------------------------------------------------------- actors
first_person: wir, uns, unser, unsere, unserer, unseren, unserem, unseres
possessive: ihr, ihre, ihren, ihrem, ihrer, ihres, dein, deine, deinen, deinem, deiner, deines, unser, unsere, unserer, unseren, unserem, unseres, deren,
    dessen, sein, seine
pronoun: sie, es, diese, dieser, dieses, diesen, diese daten
reflexive: sich
user: sie, ihnen, ihr, ihre, ihren, ihrem, ihrer, ihres, du, dich, dir, dein, deine, deinen, deinem, deiner,
    deines, nutzer*, benutzer*, kunde, kunden, kundin*, besucher*,
    betroffene*, person, personen, mitglied*, teilnehmer*, abonnent*, interessent*, bewerber*, spieler*, user
third_party: dritte, dritten, dritter, drittanbieter*, *drittanbieter*, partner, *partner*, werbepartner*,
    diensteanbieter*, werbeanbieter*, dienstleister*, *dienstleister*,
    auftragsverarbeiter*, empfänger*, firmen, netzwerk*, *netzwerke, werbenetzwerk*, vermarkter*, händler*,
    sponsor*, externe*, andere unternehmen, niemand, analysedienst*, *analysedienst*,
    analysetool*, *analysetool*, werbetreibend*
company: ag, gmbh, kg, se, inc, ltd, llc, corp
named_vendor: google analytics, google ads, adsense, doubleclick, hotjar, mixpanel, matomo, etracker, criteo,
    comscore, quantcast, meta pixel
authority: staatlich*, öffentlichen stellen, behördlich*, behörde, behörden, *behörde, *behörden, gericht, gerichte, gerichten, *gericht, staatsanwaltschaft*,
    polizei, strafverfolgung*, ermittlungsbehörde*, öffentliche stellen, amt, ämter, *ämter
staff: mitarbeiter*, personal, team, *team, angestellte*, administrator*
inbound: von dritten, von partnern, von unseren partnern, aus anderen quellen, erhalten wir,
    an uns, uns mitgeteilt

# ---------------------------------------------------------------- data
data: daten, *daten, angaben, inhalte, *inhalte, informationen, information, *informationen, adresse, adressen, *adresse,
    e-mail-adresse*, anschrift, *anschrift, name, namen, profil*, *profil, konto*, kontaktdaten, personenbezogen*, persönliche*,
    bankdaten, zahlungsdaten
sensitive: sensibel*, besondere kategorien, gesundheitsdaten, biometrisch*
anonymous: anonym*, anonymisiert*, aggregiert*, statistisch*, pseudonym*, nicht personenbezogen*
account: konto, kontos, konten, *konto, *kontos, benutzerkonto*, nutzerkonto*, kundenkonto*, account*, profil, registrierung*,
    mitgliedschaft*
mailing_list: adressliste*, kundenliste*, verteiler*, adressdaten

# ---------------------------------------------------------------- selling and sharing
sell: verkauf*, verkauft, verkaufen, *verkauf, veräußer*, vermiet*, datenhandel*
sale: verkauf, verkaufs, *verkauf
payment: gegen entgelt, entgeltlich, gegen bezahlung, gegen gebühr, vergütung*
share: offenzulegen, weiterzugeben, weiter, weitergeben, weitergegeben, weitergabe, *weitergabe, übermitteln, übermittelt, übermittlung*,
    *übermittlung*, offenlegen, offengelegt, offenlegung*, teilen, geteilt, übertragen, überträgt,
    übertragung*, bereitstellen, bereitgestellt, zugänglich, überlassen, überlassung*, weiterleiten,
    weitergeleitet, senden, gesendet, zur verfügung stellen, zur verfügung gestellt, herausgeben, herauszugeben,
    herausgabe
business_transfer: fusion*, übernahme*, kontrollwechsel*, *kontrollwechsel*, unternehmensverkauf*, *unternehmensverkauf*, insolvenz*, umstrukturierung*,
    verschmelzung*, unternehmensübertragung*, rechtsnachfolger*, erwerber*
goods: produkte, produkt, waren, *waren, ware, artikel, dienstleistung, dienstleistungen, tickets, unternehmen, aktiva,
    vermögen*, software, apps, geräte
advertising: werb*, *werbung, marketing*, *marketing*, anzeige, anzeigen, *anzeigen, personalisiert*,
    interessenbasiert*, zielgerichtet*, retargeting, remarketing, newsletter*, vermarktung*, vermarkten, promotion*
do_not_sell_link: do not sell my, meine daten nicht verkaufen

# ---------------------------------------------------------------- tracking
tracker: cookie, cookies, *cookie, *cookies, pixel*, *pixel, zählpixel*, web beacon*, web-beacon*, beacon*,
    sdk*, tracking*, *tracking*, tracker*, fingerprint*, local storage, skript*,
    script*, plug-in*, plugin*, *plugin*, *plug-in*, geräte-id*, werbe-id*, kennung*
analytics: analyse*, *analyse*, analytics, *analytics, webanalyse*, reichweitenmessung*, statistik*,
    messung*
widget: social-media-plugin*, share-button*, widget*, plugin*, *plugin*,
    eingebettet*
collect: erheben, erhebt, erhoben, erhebung*, erfassen, erfasst, erfassung*, sammeln, gesammelt, verfolgen,
    verfolgt, setzen, setzt, gesetzt, platzieren, platziert, speichern, auslesen, ausgelesen, messen,
    gemessen, auswerten, ausgewertet, auswertung*, nachverfolgen, erhalten, empfangen
allow: erlauben, erlaubt, gestatten, gestattet, zulassen, einsetzen, eingesetzt, setzen ein, nutzen, nutzt,
    genutzt, benutzen, benutzt, verwenden, verwendet, einbinden, eingebunden, integriert, enthält, enthalten, arbeiten mit,
    zusammenarbeit*
activity: nutzungsverhalten, *verhalten, besuch, besuche, aktivität*, interaktion*, interessen,
    websites, webseiten, geräteübergreifend, klicks
site: website, websites, webseite, webseiten, homepage, seite, seiten, app, apps
dnt_signal: do not track, do-not-track*, dnt, dnt-*, dnt:*
respond: antworten, antwortet, erkennen, erkennt, reagieren, reagiert, berücksichtigen, beachten, beachtet, respektieren, respektiert,
    unterstützen, unterstützt, befolgen, befolgt, folgen, honorieren, verarbeiten, ändern, umsetzen, umgesetzt
standard: standard, standards, einheitlich*, konsens, übereinstimmung, einigung
no_standard: ignorieren, ignoriert, nicht möglich
stop_tracking: deaktivier*, abschalten, ausschalten, unterbinden, unterbunden, verhindern, stoppen

# ---------------------------------------------------------------- retention
retain: speicher*, *speicherung*, gespeichert, aufbewahr*, aufzubewahren, *aufbewahrung*, aufbewahrt, bewahren, bewahrt,
    vorhalten, vorgehalten, archivier*, behalten, aufheben
dispose: lösch*, *löschung*, gelöscht, vernicht*, anonymisier*, entfern*, entfernt, sperr*, gesperrt, vernichtet,
    überschrieben, überschreiben
time_unit: tag, tage, tagen, tages, woche, wochen, monat, monate, monaten, monats, jahr, jahre, jahren, jahres,
    stunde, stunden, minuten
number_word: ein, eine, einem, einen, einer, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, elf, zwölf,
    vierzehn, fünfzehn, sechzehn, achtzehn, zwanzig, dreißig, vierzig, sechzig, neunzig, hundert, einige,
    wenige, mehrere
bound: für, nach, innerhalb, bis zu, binnen, maximal, höchstens, spätestens, von, dauer, ablauf, frist, fristen,
    zeitraum, lang, zwischen
necessity: erforderlich, notwendig, benötigt, nötig, zweck*, zweckerfüllung
limited: solange, so lange, bis, sobald, entfällt, wegfall*, zweckfortfall, nicht länger, zweckerfüllung, nicht mehr erforderlich,
    nicht mehr notwendig, aufbewahrungsfrist*, *aufbewahrungsfrist*, aufbewahrungspflicht*,
    *aufbewahrungspflicht*, dauer der, für die dauer, angemessen*, regelmäßig
indefinite: unbegrenzt, unbefristet, dauerhaft, zeitlich unbegrenzt, auf unbestimmte zeit
other_timing: antwort*, beantwort*, reagieren, frist zur, alter, alt, jünger, älter, seit, vorher, letzten, dauern, dauert,
    gültig*, gültigkeit*, laufzeit*, lebensdauer*, sitzung*, session*, passwort*, link, bestätigung*,
    bearbeitung*, bearbeiten, eingang, anfrage*, *anfragen

# ---------------------------------------------------------------- user rights
delete: lösch*, *löschung*, gelöscht, entfern*, entfernt, vergessenwerden, vergessen werden
close: kündig*, *kündigung*, schließen, geschlossen, deaktivier*, beenden, abmelden
access: zugreifen, zuzugreifen, einzusehen, herunterzuladen, auskunft*, *auskunft*, einsicht*, einsehen, zugang, zugriff, kopie, herausgabe, datenübertragbarkeit,
    übertragbarkeit, exportieren, herunterladen, erhalten
correct: berichtigung*, *berichtigung*, berichtigen, korrigieren, korrektur*, aktualisieren, ändern,
    vervollständigung*, bearbeiten
opt_out: abzumelden, abmeldelink*, widerspruch*, *widerspruch*, widersprechen, widerruf*, *widerruf*, widerrufen, abmelden, abmeldung*,
    abbestell*, austragen, opt-out, opt out, abwählen, deaktivier*, abschalten, ausschalten
right: anzufordern, das recht, ein recht, dieses recht, ihr recht, deinem recht, recht auf, recht zur,
    recht zu, rechte, rechts, *srecht, beschwerderecht, *rechte, anspruch*, verlangen, beantragen, antrag*, anfrage*, anfordern,
    geltend, ausüben, auf wunsch, wunsch
ability: können, kann, möglich*, möglichkeit*, jederzeit, einfach, wählen, entscheiden, berechtigt, vorgesehen
wish: möchten, möchtest, möchte, wünschen, wünschst, wünscht, wollen, willst
channel: klicken, link, formular*, einstellung*, *einstellungen, e-mail, email, kontakt*, schreiben,
    anrufen, senden, mitteilen, mitteilung*, app, button, schaltfläche*, abmeldelink*
device_setting: browser, *browser, browsereinstellung*, *einstellungen ihres browsers, geräteeinstellung*,
    ihres geräts

# ---------------------------------------------------------------- children
child: kind, kinder, kindern, *kinder*, minderjährig*, jugendlich*
age: alter, alters, lebensjahr*, jahre alt, jahren
parent: eltern*, *eltern*, erziehungsberechtigt*, sorgeberechtigt*, gesetzlicher vertreter, vormund
under: unter, jünger als
adult: volljährig*, erwachsene*

# ---------------------------------------------------------------- security
security: sicherheit*, *sicherheit*, sicher, sichere, sicheren, sicherer, gesichert, sichern, schützen, geschützt, schutz, schutzniveau*,
    schutzmaßnahme*, *schutzmaßnahme*, unbefugt*, unberechtigt*, vertraulich*, integrität
measure: verschlüssel*, *verschlüsselung*, verschlüsselt, ssl, tls, https, firewall*, *firewall*,
    zwei-faktor*, pseudonymisier*, hash*, zugriffsbeschränk*, zugangskontroll*, zugriffskontroll*,
    zugangsbeschränk*, berechtigungskonzept*, *berechtigungskonzept*
practice: passwort*, *passwort*, schulung*, geschult, *schulung*, protokollier*, überwach*, audit*,
    zertifizier*, iso, backup*, virenschutz*, zugangscode*
restrict: beschränken, beschränkt, begrenzen, begrenzt, einschränken, eingeschränkt, nur, ausschließlich, befugt*, berechtigt*, autorisiert*
system: server, *server, system*, *system, *systeme, datenbank*, *datenbank*, rechenzentr*, *rechenzentr*, infrastruktur*
generic_security: technische, organisatorische, maßnahmen, *maßnahmen, angemessen*, geeignet*, vorkehrungen,
    stand der technik, sicherheitsmaßnahmen, tom
disclaimer: garantie*, garantieren, vollständige sicherheit, absolute sicherheit, lückenlos*
user_duty: sie sollten, bitte, empfehlen
ad_matching: abgleich*, *abgleich*, zielgruppe*, *zielgruppe*, custom audience*

# ---------------------------------------------------------------- change notice
change: änder*, *änderung*, geändert*, aktualisier*, *aktualisierung*, anpass*, *anpassung*, angepasst,
    anzupassen, abzuändern, zu ändern, überarbeit*, neue fassung, aktuelle fassung, jeweils aktuelle, neuer zweck,
    neuen zweck, anderen zweck
policy_ref: datenschutzerklärung*, *datenschutzerklärung*, datenschutzhinweis*, *datenschutzhinweise*,
    datenschutzrichtlinie*, datenschutzinformation*, *datenschutzinformation*, erklärung, hinweise,
    richtlinie, fassung, neue fassung, neuer zweck, neuen zweck, anderen zweck, diese seite, dieser seite
notify: informieren, informiert, benachrichtig*, mitteilen, mitgeteilt, hinweisen, hingewiesen, in kenntnis,
    unterrichten, bekannt, aufmerksam, weisen
personal_channel: e-mail, email, *mail, per e-mail, per mail, auf ihrem gerät, push*, mitteilung*, nachricht*, *nachricht,
    direkt, persönlich, in der app, app, login, *konto, brief, postalisch, e-mail-*, *benachrichtigung*
posted_channel: veröffentlich*, *veröffentlichung*, auf dieser seite, auf unserer website, auf unserer webseite,
    website, webseite, internetseite, homepage, stand, abrufbar, einsehbar, aktuelle fassung, weitere nutzung,
    fortgesetzte nutzung, weiterhin nutzen, ohne vorherige ankündigung, ohne ankündigung, ohne vorankündigung
consent: einwilligung*, *einwilligung*, zustimmung*, *zustimmung*, einverständnis*, einwilligen
message_kind: transaktionsbezogen*, *bestätigung*, rechnung*, systemnachricht*, servicemitteilung*

# ---------------------------------------------------------------- law enforcement
legal_process: gerichtsbeschluss*, gerichtlich*, gerichtsverfahren*, gerichtliche anordnung, gerichtlichen anordnung, richterliche anordnung, beschluss, durchsuchung*,
    auskunftsersuchen, ermittlungsverfahren, strafverfahren, rechtsstreit*, zivilverfahren
law: gesetz*, *gesetz*, gesetzlich*, rechtlich*, rechtsvorschrift*, *rechtsvorschriften, vorschrift*, pflicht*,
    *pflicht*, dsgvo, bdsg, hgb, ao, tmg, ttdsg
required: gefordert, verlangt, verpflichtet, verpflichtung*, *verpflichtung*, vorgeschrieben, erforderlich, gezwungen, angeordnet,
    müssen, zwingend

# ---------------------------------------------------------------- international transfer
abroad: ausland, *ausland*, drittland, drittländer*, drittlands, drittstaat*, *drittstaat*, weltweit,
    international*, grenzüberschreitend*, ganzen welt
country: land, landes, länder, ländern, staat, staates, staaten, gerichtsbarkeit*, rechtsordnung*, heimatland*, heimatstaat*,
    wohnsitzland*, wohnsitzstaat*
elsewhere: andere, anderen, anderer, dritte, dritten, außerhalb
region: usa, us, eu/ewr, ewr/eu, vereinigte staaten, vereinigten staaten, eu, ewr, europäische union, europäischen union,
    europäischer wirtschaftsraum, europäischen wirtschaftsraums, schweiz, großbritannien, vereinigtes königreich,
    kanada, indien, irland, deutschland, europa
move: weitergeben, weiterzugeben, übermittelt, übermitteln, übermittlung*, *übermittlung*, übertragen, übertragung*, verarbeitet,
    verarbeiten, verarbeitung*, gespeichert, speichern, speichert, speicherung, gehostet, hosting, sitz, befinden,
    befindet, transfer*, weitergegeben, weitergabe, geleitet
transfer_safeguard: standardvertragsklauseln, standarddatenschutzklauseln, angemessenheitsbeschluss*,
    privacy shield, binding corporate rules, verbindliche unternehmensvorschriften, geeignete garantien
outside: außerhalb, ausserhalb

# ---------------------------------------------------------------- contact
contact: kontakt, kontaktieren, setzen sie sich, in verbindung setzen, wenden sie sich, wenden, schreiben sie, erreichen, anfragen richten, richten
officer: datenschutzbeauftragte*, *datenschutzbeauftragte*, datenschutzbeauftragter, datenschutzteam,
    datenschutzkoordinator*
phone: telefon*, tel, fax, telefax, hotline
postal: straße, strasse, str, *straße, *strasse, *str, platz, *platz, weg, *weg, allee, *allee, gasse, *gasse,
    damm, *damm, ufer, *ufer, postfach, anschrift, postanschrift
web_form: kontaktformular*, *formular*, webformular*, supportseite*, hilfe-center
questions: fragen, frage, anliegen, anfragen, beschwerde*, hinweise, anregungen, auskünfte

# ---------------------------------------------------------------- breach
breach: verletzung, verletzt, verloren gehen, verloren geht, datenpanne*, *datenpanne*, verletzung des schutzes, datenschutzverletzung*,
    *datenschutzverletzung*, sicherheitsverletzung*, *sicherheitsverletzung*, sicherheitsvorf*,
    *sicherheitsvorf*, datenleck*, unbefugter zugriff, unbefugten zugriff

"""The general domain vocabulary of Swedish (Sweden and Finland) municipal and state texts in
the theme lexicon (classifiers/themes.py, GENERAL_VOCABULARY), on made-up sentences: services,
institutions, professions, benefits, laws, activities and problems of each domain name it."""

from classifiers.themes import domain_scores, theme_code


def test_labour_market_measures_and_working_life_are_employment():
    assert theme_code("Snabbspår för nyanlända med erfarenhet av bristyrken") == "employment"
    assert theme_code("Startpeng till den som vill driva eget") == "employment"
    assert theme_code("Information om kollektivavtal och fackförbund") == "employment"
    assert theme_code("Yrkeserfarenhet från hemlandet tas till vara", heading="Hälsa") == "employment"


def test_tenancies_evictions_and_placements_in_a_home_are_housing():
    assert theme_code("Hjälp att få ett förstahandskontrakt i allmännyttan") == "housing"
    assert theme_code("Förebygga vräkningar bland barnfamiljer") == "housing"
    assert theme_code("Placering i familjehem för ensamkommande barn") == "housing"
    assert theme_code("Många trångbodda hushåll i området", heading="Arbete") == "housing"


def test_school_forms_staff_and_homework_are_education():
    assert theme_code("Komvux och yrkesvux för vuxna nyanlända") == "education"
    assert theme_code("Rektorn ansvarar för mottagandet av nyanlända i lågstadiet") == "education"
    # homework reading is schooling, not reading as language learning
    assert theme_code("Läxläsning på biblioteket") == "education"


def test_care_services_conditions_and_substances_are_health():
    assert theme_code("Besök på vårdcentralen och BVC", heading="Arbete") == "health"
    assert theme_code("Stöd till personer med PTSD och ångest") == "health"
    assert theme_code("Förebygga alkohol och droger bland unga") == "health"
    assert theme_code("Habilitering och hjälpmedel för barn med funktionshinder") == "health"
    assert theme_code("Barnmorskan informerar om preventivmedel") == "health"


def test_leisure_centres_and_visiting_friends_are_bridges():
    assert theme_code("Fritidsgården har öppet för alla unga i området", heading="Boende") == "social_bridges"
    assert theme_code("Besöksvänner för äldre nyanlända") == "social_bridges"


def test_own_associations_and_family_support_are_bonds():
    assert theme_code("Stöd till modersmålsföreningar") == "social_bonds"
    assert theme_code("Familjebehandling och familjerådgivning", heading="Hälsa") == "social_bonds"


def test_social_services_payments_and_registration_are_links():
    assert theme_code("Socialsekreterare handlägger ärenden vid socialkontoret", heading="Boende") \
        == "social_links"
    # a payment to a person is a welfare service, whatever it pays for
    assert theme_code("Sjukpenning och föräldrapenning") == "social_links"
    assert theme_code("Utbetalning av arbetsmarknadsstöd") == "social_links"
    assert theme_code("Hjälp med folkbokföring och BankID") == "social_links"


def test_reading_promotion_arts_schools_and_literacy_are_language_culture():
    assert theme_code("Läsfrämjande verksamhet för barn") == "language_culture"
    assert theme_code("Avgiftsfri kulturskola för alla barn") == "language_culture"
    assert theme_code("Läs- och skrivkunnighet hos vuxna") == "language_culture"


def test_violence_crime_and_emergencies_are_safety():
    # a shelter is protection from violence before it is a home
    assert theme_code("Platser i skyddat boende") == "safety_stability"
    assert theme_code("Nattvandrare och grannsamverkan i bostadsområdena") == "safety_stability"
    assert theme_code("Information om brandvarnare och nödnummer") == "safety_stability"


def test_legal_aid_freedoms_and_kinds_of_racism_are_rights():
    assert theme_code("Rättshjälp och rättsrådgivning för asylsökande") == "rights_citizenship"
    assert theme_code("Kampanj mot islamofobi och antisemitism") == "rights_citizenship"
    assert theme_code("Alla människors lika värde") == "rights_citizenship"


def test_key_figures_and_reports_are_other():
    assert theme_code("Nyckeltal och målvärden redovisas i årsrapporten") == "other"


def test_building_trust_networks_and_bridges_is_no_construction():
    assert domain_scores("Förtroendebyggande och nätverksbyggande arbete")["housing"] == 0
    assert domain_scores("Brobyggande mellan grupper")["housing"] == 0
    # construction itself still counts
    assert domain_scores("Byggande av hyresbostäder")["housing"] > 0


def test_words_that_hold_a_new_stem_by_accident():
    # 'direktör' holds 'rektor', 'försämrad' 'samråd', 'inskränkning' 'kränkning'
    assert domain_scores("Direktören ser en försämrad ekonomi")["education"] == 0
    assert domain_scores("Direktören ser en försämrad ekonomi")["social_links"] == 0
    assert domain_scores("Inskränkningar i budgeten")["safety_stability"] == 0
    # the real words still count
    assert domain_scores("Rektorn och samrådet")["education"] > 0
    assert domain_scores("Kränkningar i skolan")["safety_stability"] > 0


def test_work_in_a_field_is_no_paid_work():
    # 'fritt bildningsarbete' (liberal adult education) is education, not work
    assert theme_code("Kurser inom det fria bildningsarbetet", heading="Arbete") == "education"
    assert domain_scores("Jämställdhetsarbetet och trygghetsarbetet")["employment"] == 0
    assert domain_scores("Frivilligarbete i föreningarna")["employment"] == 0
    # paid work still counts
    assert domain_scores("Deltidsarbete för föräldrar")["employment"] > 0


def test_more_payments_jobs_and_family_planning():
    assert theme_code("Ansökan om garantipension och bostadstillägg") == "social_links"
    assert theme_code("Öva inför arbetsintervjuer", heading="Språk") == "employment"
    assert theme_code("Rådgivning om familjeplanering") == "health"


def test_protection_orders_crisis_groups_and_human_rights():
    assert theme_code("Hjälp att ansöka om kontaktförbud", heading="Boende") == "safety_stability"
    assert theme_code("POSOM-gruppen aktiveras vid behov") == "safety_stability"
    assert theme_code("Människorättsfostran för alla åldrar") == "rights_citizenship"


def test_heritage_society_safety_pledges_and_youth_workshops():
    assert theme_code("Hembygdsföreningen bjuder in nyanlända till midsommarfirande") == "social_bridges"
    assert theme_code("Medborgarlöften tas fram tillsammans med invånarna") == "safety_stability"
    assert theme_code("Fler platser i ungdomsverkstaden", heading="Hälsa") == "employment"


def test_an_authority_named_as_the_actor_is_only_a_weak_hint():
    # who acts does not say what the measure is about
    assert theme_code("Länsstyrelsen följer upp insatserna varje år") == "other"
    assert theme_code("Socialstyrelsen tar fram stöd mot hedersrelaterat våld") == "safety_stability"


# Second round of vocabulary: the activities and verbs of each domain, Finland-Swedish terms and
# sector nouns, on made-up sentences.

def test_practising_at_a_workplace_and_starting_a_business_are_employment():
    assert theme_code("Nyanlända får praktisera hos lokala arbetsgivare", heading="Språk") \
        == "employment"
    assert theme_code("Branschdagar och stöd att starta eget") == "employment"
    assert theme_code("Hjälp med ansökningshandlingar och personligt brev") == "employment"


def test_settling_down_and_moving_into_a_home_are_housing():
    assert theme_code("Stöd när familjen bosätter sig i kommunen") == "housing"
    assert theme_code("Information om trivselregler och sopsortering i huset") == "housing"
    # neighbourhood work is housing, not paid work
    assert domain_scores("Grannskapsarbete i området")["employment"] == 0


def test_studying_further_and_homework_are_education():
    assert theme_code("Unga uppmuntras att läsa vidare efter grundskolan") == "education"
    assert theme_code("Hjälp med läxor varje vecka", heading="Fritid") == "education"


def test_medicines_diet_and_andt_work_are_health():
    assert theme_code("Information om läkemedel och matvanor") == "health"
    assert theme_code("ANDT-förebyggande insatser för unga") == "health"


def test_meeting_outings_and_shared_events_are_bridges():
    assert theme_code("Unga nyanlända och unga i kommunen träffas varje vecka") == "social_bridges"
    assert theme_code("Utflykter och gemensamma evenemang under sommaren") == "social_bridges"
    assert theme_code("Kulturutbyte mellan invånarna") == "social_bridges"


def test_faith_communities_and_migrant_organisations_are_bonds():
    assert theme_code("Samarbete med migrantorganisationer") == "social_bonds"
    assert theme_code("Lokaler för trossamfund och egna föreningar", heading="Boende") == "social_bonds"


def test_forms_bank_accounts_and_co_determination_are_links():
    assert theme_code("Hjälp med blanketter och att öppna ett bankkonto") == "social_links"
    assert theme_code("Äldreråd och funktionshinderråd ger invånarna medbestämmande") \
        == "social_links"


def test_conversation_groups_and_reading_circles_are_language_culture():
    assert theme_code("Konversationsgrupper och läsecirklar för vuxna") == "language_culture"
    assert theme_code("Tillfällen att tala svenska och öva ordförråd") == "language_culture"


def test_safety_walks_online_hate_and_honour_norms_are_safety():
    assert theme_code("Trygghetsvandringar med invånarna") == "safety_stability"
    assert theme_code("Motverka näthat och hedersnormer bland unga") == "safety_stability"


def test_best_interests_of_the_child_and_voting_are_rights():
    assert theme_code("Barnets bästa ska beaktas i alla beslut") == "rights_citizenship"
    assert theme_code("Uppmuntra nyanlända att rösta i kommunen") == "rights_citizenship"


def test_words_that_hold_the_second_round_stems_by_accident():
    # punishment and being found are no meeting; a private practitioner no work try-out
    assert domain_scores("Brott bestraffas och påträffas")["social_bridges"] == 0
    assert domain_scores("Privatpraktiserande läkare")["employment"] == 0
    # everyday life ('vardag') is no care ('vård'); housework no paid work
    assert domain_scores("Vardagslivet i ett nytt land")["health"] == 0
    assert domain_scores("Hushållsarbete i hemmet")["employment"] == 0
    # the real words still count
    assert domain_scores("Unga nyanlända träffas")["social_bridges"] > 0


# Third round: goal language, target groups, Finland-Swedish public-sector words

def test_two_way_integration_and_feeling_at_home_are_bridges():
    assert theme_code("Målet är en tvåvägsintegration och ömsesidig förståelse") \
        == "social_bridges"
    assert theme_code("Alla ska känna sig hemma i en välkomnande kommun") == "social_bridges"


def test_the_familys_wellbeing_and_the_parents_role_are_bonds():
    assert theme_code("Familjens välmående och föräldrarnas roll stärks") == "social_bonds"


def test_empowerment_and_finding_ones_way_are_links():
    assert theme_code("Invånarnas egenmakt ökar") == "social_links"
    assert theme_code("Stöd att hitta rätt bland välfärdstjänsterna") == "social_links"


def test_bilingualism_and_immersion_are_language_culture():
    assert theme_code("Barnens tvåspråkighet och flerspråkighet stöds") == "language_culture"
    assert theme_code("Språkbad i daghemmet") == "language_culture"


def test_a_stable_life_situation_is_safety_and_quality_of_life_health():
    assert theme_code("En stabil livssituation för den nyanlända") == "safety_stability"
    assert theme_code("God livskvalitet för alla invånare") == "health"


def test_making_use_of_skills_is_employment():
    assert theme_code("Ta tillvara invandrarnas kompetens i kommunen") == "employment"


def test_equal_treatment_in_two_words_is_rights():
    assert theme_code("Lika behandling av alla kommuninvånare") == "rights_citizenship"


def test_school_health_care_is_health_and_the_kindergarten_education():
    assert theme_code("Skolhälsovården och studerandehälsovården når alla elever") == "health"
    assert theme_code("Barnaträdgård för nyanlända barn") == "education"


def test_target_groups_decide_no_domain():
    # who a measure is for is no protection, no labour force
    assert domain_scores("Information till skyddsbehövande")["safety_stability"] == 0
    assert domain_scores("Information till arbetskraftsinvandrare")["employment"] == 0
    # preventive work is the kind of work done, not paid work
    assert domain_scores("Förebyggande arbete i kommunen")["employment"] == 0
    # zero tolerance and intolerance are no tolerance between groups
    assert domain_scores("Nolltolerans mot rasism")["social_bridges"] == 0


# Fourth round: everyday activities of integration work, the program's own machinery,
# tensions and threats, on made-up sentences.

def test_everyday_meeting_activities_are_bridges():
    assert theme_code("Fika med nyanlända varje torsdag") == "social_bridges"
    assert theme_code("Samkväm och syjunta i församlingshemmet", heading="Hälsa") == "social_bridges"
    assert theme_code("Klädinsamling och donationer från invånarna") == "social_bridges"
    assert theme_code("Öppna träffar där nyanlända kan träffa ortsbor") == "social_bridges"
    # a sports club is leisure with others; exercise for health stays health
    assert theme_code("Idrottsklubbar och fotboll för barn") == "social_bridges"
    assert theme_code("Motion och idrott för bättre hälsa") == "health"


def test_the_parents_cafe_and_family_activities_are_bonds():
    assert theme_code("Föräldracafé varje vecka") == "social_bonds"
    assert theme_code("Familjeaktiviteter under loven", heading="Arbete") == "social_bonds"


def test_homework_cafes_are_education_and_a_driving_licence_employment():
    assert theme_code("Läxcafé varje vecka") == "education"
    assert theme_code("Läxverkstad i biblioteket", heading="Fritid") == "education"
    # a licence is a qualification of working life; a course for it is still a course
    assert theme_code("Stöd att ta körkort") == "employment"
    assert theme_code("Teoriundervisning inför körkortet") == "education"


def test_feasibility_studies_funding_and_steering_are_other():
    assert theme_code("Förstudie om integrationsarbetet") == "other"
    assert theme_code("Projektfinansiering från AMIF och ESF-medel", heading="Arbete") == "other"
    assert theme_code("Styrgruppen följer arbetet") == "other"
    # the staff's own webinars are its training
    assert theme_code("Webbinarier för kommunens personal") == "other"
    assert domain_scores("Fallstudie av tre kommuner")["education"] == 0


def test_tensions_mediation_and_threats_are_safety():
    assert theme_code("Minska spänningar mellan grupper") == "safety_stability"
    assert theme_code("Medling mellan grannar") == "safety_stability"
    assert theme_code("Efterbehandling efter allvarliga incidenter") == "safety_stability"
    assert theme_code("Stöd till anställda som utsatts för hot") == "safety_stability"


def test_discrimination_decides_over_the_field_it_happens_in():
    assert theme_code("Motverka diskriminering på arbetsmarknaden") == "rights_citizenship"
    assert theme_code("Rasism i skolan") == "rights_citizenship"


def test_words_that_hold_the_fourth_round_stems_by_accident():
    # 'specifika', 'kvalifikation', 'trafikant' hold 'fika'; 'förortsbor' holds 'ortsbo'
    assert domain_scores("Specifika kvalifikationer för trafikanter")["social_bridges"] == 0
    assert domain_scores("Förortsbor")["social_bridges"] == 0
    # handicrafts are no paid work; collecting data is no collection of clothes
    assert domain_scores("Handarbete och stickning")["employment"] == 0
    assert domain_scores("Insamling av uppgifter årligen")["social_bridges"] == 0
    # the staff's meetings are no meeting with locals
    assert domain_scores("Regelbundna träffar med ansvariga")["social_bridges"] == 0
    # the real words still count
    assert domain_scores("Fika och handarbete")["social_bridges"] > 0

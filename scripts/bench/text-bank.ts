/**
 * Phrases the benchmark's synthetic cases are written from, in French and in English. Each entry
 * gives both languages (the English is written for English readers, not word for word). Slots are
 * filled per case: {in} where it happens ("à Brest", "in Brest"), {place} its name, {school} and
 * {School} the main school, {partner} a partner association, {tool} a platform, {n} and {m} numbers,
 * {year} a year. Nothing here is published: it only gives the benchmark text of a realistic length
 * and vocabulary, organised in the sections of the contributors' template.
 */

/** A phrase in both languages. */
export interface Pair {
  fr: string;
  en: string;
}

/** What a case about a theme can say, section by section. */
export interface ThemeBank {
  /** Title endings: "À Brest, <title>". */
  titles: Pair[];
  /** List items of "what was done". */
  actions: Pair[];
  /** Sentences of "what it brings". */
  benefits: Pair[];
  /** Questions to ask before starting. */
  questions: Pair[];
}

export const themeBanks: Record<string, ThemeBank> = {
  ent: {
    titles: [
      { fr: 'un ENT ouvert aux familles et aux partenaires', en: 'a digital workspace open to families and partners' },
      { fr: 'l’espace numérique de travail relie la classe et la maison', en: 'the digital workspace links classroom and home' },
    ],
    actions: [
      {
        fr: 'ouvrir un compte ENT à chaque parent, avec une aide pour la première connexion',
        en: 'giving every parent a workspace account, with help for the first login',
      },
      {
        fr: 'publier dans {tool} le cahier de textes, les devoirs et les menus de la cantine',
        en: 'posting homework, the class diary and canteen menus on {tool}',
      },
      {
        fr: 'former {n} enseignants aux services de messagerie et de blog de l’ENT',
        en: 'training {n} teachers to use the workspace’s messaging and blog services',
      },
      {
        fr: 'donner aux animateurs du périscolaire un accès aux actualités de la classe',
        en: 'letting out-of-school staff read the class news in the workspace',
      },
      {
        fr: 'réunir chaque trimestre un comité d’usagers pour faire évoluer l’outil',
        en: 'meeting users every term to decide how the tool should change',
      },
    ],
    benefits: [
      {
        fr: 'Les familles suivent mieux la scolarité de leurs enfants et savent à qui s’adresser.',
        en: 'Families follow their children’s schooling more closely and know whom to contact.',
      },
      {
        fr: 'Les informations de la collectivité et de l’école passent par un seul canal, ce qui évite les doublons.',
        en: 'Information from the authority and from the school goes through one channel, which avoids sending it twice.',
      },
      {
        fr: 'Les échanges entre enseignants et animateurs sont devenus plus réguliers.',
        en: 'Teachers and youth workers now exchange news more often.',
      },
    ],
    questions: [
      {
        fr: 'Quels services de l’ENT les familles utilisent-elles vraiment, et comment le savoir ?',
        en: 'Which workspace services do families actually use, and how will you find out?',
      },
      {
        fr: 'Qui accompagne les parents qui n’ont ni ordinateur ni connexion à la maison ?',
        en: 'Who helps parents who have no computer or connection at home?',
      },
      { fr: 'Comment garantir que les données des élèves restent protégées ?', en: 'How will you make sure pupils’ data stay protected?' },
    ],
  },
  familles: {
    titles: [
      { fr: 'les parents apprivoisent le numérique avec l’école', en: 'parents get to grips with digital tools alongside the school' },
      { fr: 'des rencontres pour rapprocher les familles de l’école', en: 'meetings that bring families closer to school' },
    ],
    actions: [
      {
        fr: 'organiser des cafés des parents autour des outils numériques de l’école',
        en: 'holding parents’ coffee mornings about the school’s digital tools',
      },
      {
        fr: 'prêter {n} tablettes aux familles qui n’en ont pas pendant l’année',
        en: 'lending {n} tablets to families without one during the school year',
      },
      {
        fr: 'traduire les messages essentiels dans les langues parlées par les familles',
        en: 'translating key messages into the languages families speak',
      },
      {
        fr: 'proposer des ateliers du samedi matin où parents et enfants apprennent ensemble',
        en: 'running Saturday-morning workshops where parents and children learn together',
      },
      {
        fr: 'désigner un parent relais dans chaque classe pour diffuser les informations',
        en: 'naming a parent contact in each class to pass information on',
      },
    ],
    benefits: [
      {
        fr: 'Des parents qui se tenaient à l’écart de l’école y viennent désormais plus facilement.',
        en: 'Parents who used to keep their distance now come to school more readily.',
      },
      {
        fr: 'Les enfants voient leurs parents s’intéresser à ce qu’ils apprennent.',
        en: 'Children see their parents take an interest in what they learn.',
      },
    ],
    questions: [
      { fr: 'Quels parents ne viennent jamais aux réunions, et pourquoi ?', en: 'Which parents never come to meetings, and why?' },
      { fr: 'À quel moment de la semaine les familles sont-elles disponibles ?', en: 'When in the week are families free to come?' },
      {
        fr: 'Qui, parmi les partenaires, connaît déjà bien les familles du quartier ?',
        en: 'Which partners already know the local families well?',
      },
    ],
  },
  formation: {
    titles: [
      {
        fr: 'les enseignants se forment ensemble, de l’école au collège',
        en: 'teachers train together across primary and lower secondary',
      },
      { fr: 'un plan de formation au numérique pour les équipes', en: 'a digital training plan for school teams' },
    ],
    actions: [
      {
        fr: 'proposer {n} demi-journées de formation par an, sur le temps de travail',
        en: 'offering {n} half-day training sessions a year, during working hours',
      },
      {
        fr: 'mettre en place un tutorat entre enseignants du premier et du second degré',
        en: 'pairing primary and secondary teachers as mentors',
      },
      { fr: 'ouvrir un parcours Pix+Édu aux enseignants volontaires', en: 'opening a Pix+Édu course to volunteer teachers' },
      { fr: 'filmer des séances en classe pour les analyser entre collègues', en: 'filming lessons so that colleagues can discuss them' },
      {
        fr: 'inviter des chercheurs à présenter leurs travaux sur les apprentissages',
        en: 'inviting researchers to present their work on learning',
      },
    ],
    benefits: [
      {
        fr: 'Les enseignants osent davantage utiliser le numérique en classe.',
        en: 'Teachers are more willing to use digital tools in class.',
      },
      {
        fr: 'Des habitudes de travail communes sont nées entre l’école et le collège.',
        en: 'Shared ways of working have grown between primary school and collège.',
      },
    ],
    questions: [
      {
        fr: 'Quel temps libérer pour que les enseignants puissent se former ?',
        en: 'How much time can be freed up for teachers to train?',
      },
      { fr: 'Qui reconnaît et valorise l’engagement des formateurs ?', en: 'Who recognises the work of the teachers who train others?' },
      {
        fr: 'Comment mesurer ce qui change ensuite dans les classes ?',
        en: 'How will you measure what changes in the classroom afterwards?',
      },
    ],
  },
  espaces: {
    titles: [
      { fr: 'une salle de classe repensée avec les élèves', en: 'a classroom redesigned with the pupils' },
      { fr: 'un laboratoire d’apprentissage au cœur de l’établissement', en: 'a learning lab at the heart of the school' },
    ],
    actions: [
      {
        fr: 'réaménager une salle avec du mobilier mobile et des espaces de travail en groupe',
        en: 'refitting a room with movable furniture and spaces for group work',
      },
      {
        fr: 'associer les élèves au choix des tables, des chaises et des couleurs',
        en: 'involving pupils in choosing the tables, chairs and colours',
      },
      {
        fr: 'installer un écran partagé et des prises dans chaque îlot',
        en: 'fitting a shared screen and power sockets in each work area',
      },
      {
        fr: 'travailler avec des designers pour observer les usages avant de décider',
        en: 'working with designers who watched how rooms were used before deciding',
      },
      { fr: 'ouvrir la salle aux autres établissements du secteur', en: 'opening the room to other schools in the area' },
    ],
    benefits: [
      {
        fr: 'Les élèves circulent davantage et travaillent plus souvent en groupe.',
        en: 'Pupils move around more and work in groups more often.',
      },
      {
        fr: 'Les enseignants adaptent la salle à chaque activité au lieu de s’adapter à elle.',
        en: 'Teachers adapt the room to each activity instead of the other way round.',
      },
    ],
    questions: [
      { fr: 'Qui finance le mobilier, et qui décide de son choix ?', en: 'Who pays for the furniture, and who chooses it?' },
      { fr: 'Comment les élèves participent-ils à la conception ?', en: 'How do pupils take part in the design?' },
      { fr: 'La salle restera-t-elle utilisable par tous les enseignants ?', en: 'Will every teacher be able to use the room?' },
    ],
  },
  'code-robotique': {
    titles: [
      { fr: 'des robots pour apprendre à programmer en s’amusant', en: 'robots to learn coding through play' },
      { fr: 'un club de code entre l’école et le centre de loisirs', en: 'a coding club shared by the school and the leisure centre' },
    ],
    actions: [
      {
        fr: 'prêter des robots programmables aux classes pour des séquences de six semaines',
        en: 'lending programmable robots to classes for six-week projects',
      },
      {
        fr: 'ouvrir un club de code le mercredi après-midi au centre de loisirs',
        en: 'starting a Wednesday-afternoon coding club at the leisure centre',
      },
      {
        fr: 'former les animateurs de {partner} à la programmation par blocs',
        en: 'training {partner}’s youth workers in block-based programming',
      },
      {
        fr: 'organiser un défi de robotique entre {n} classes en fin d’année',
        en: 'running an end-of-year robotics challenge between {n} classes',
      },
      {
        fr: 'publier des fiches d’activités que les familles peuvent refaire à la maison',
        en: 'publishing activity sheets that families can try at home',
      },
    ],
    benefits: [
      {
        fr: 'Les enfants découvrent la programmation par le jeu, sans appréhension.',
        en: 'Children discover programming through play, without fear of it.',
      },
      { fr: 'Les filles participent autant que les garçons aux ateliers.', en: 'Girls take part in the workshops as much as boys.' },
    ],
    questions: [
      { fr: 'Qui entretient les robots et remplace les pièces perdues ?', en: 'Who looks after the robots and replaces lost parts?' },
      {
        fr: 'Comment relier les ateliers du mercredi à ce qui se fait en classe ?',
        en: 'How will the Wednesday sessions connect with classroom work?',
      },
      {
        fr: 'Faut-il du matériel coûteux, ou des activités sans écran suffisent-elles pour commencer ?',
        en: 'Is expensive equipment needed, or are screen-free activities enough to start?',
      },
    ],
  },
  'ecrans-medias': {
    titles: [
      { fr: 'une éducation aux écrans partagée avec les familles', en: 'screen education shared with families' },
      { fr: 'les élèves apprennent à lire l’information en ligne', en: 'pupils learn to read information online' },
    ],
    actions: [
      {
        fr: 'animer des ateliers sur le temps d’écran avec les élèves et leurs parents',
        en: 'running workshops on screen time with pupils and their parents',
      },
      {
        fr: 'créer un journal en ligne rédigé par les élèves avec l’aide du CLEMI',
        en: 'creating an online newspaper written by pupils with help from CLEMI',
      },
      { fr: 'former les animateurs à repérer le cyberharcèlement', en: 'training youth workers to spot online bullying' },
      { fr: 'proposer une semaine sans écrans suivie d’un débat en classe', en: 'holding a screen-free week followed by a class debate' },
      { fr: 'réaliser des vidéos courtes sur la vérification des sources', en: 'making short videos on checking sources' },
    ],
    benefits: [
      {
        fr: 'Les familles disposent de repères simples pour encadrer les écrans à la maison.',
        en: 'Families have simple guidelines for screens at home.',
      },
      {
        fr: 'Les élèves vérifient plus souvent d’où vient une information avant de la partager.',
        en: 'Pupils check more often where a piece of information comes from before sharing it.',
      },
    ],
    questions: [
      {
        fr: 'Comment parler des écrans aux parents sans les culpabiliser ?',
        en: 'How can you talk to parents about screens without making them feel guilty?',
      },
      {
        fr: 'Quels partenaires ont déjà une expérience de l’éducation aux médias ?',
        en: 'Which partners already have experience of media education?',
      },
      { fr: 'À quel âge commencer, et avec quels supports ?', en: 'At what age should you start, and with which materials?' },
    ],
  },
  equipement: {
    titles: [
      { fr: 'un parc de matériel partagé entre les écoles', en: 'equipment shared between schools' },
      { fr: 'des classes mobiles qui circulent d’une école à l’autre', en: 'mobile classroom kits that travel between schools' },
    ],
    actions: [
      {
        fr: 'acheter {n} classes mobiles et les faire circuler selon un planning commun',
        en: 'buying {n} mobile classroom kits and rotating them on a shared timetable',
      },
      {
        fr: 'harmoniser l’équipement de toutes les écoles après la fusion des communes',
        en: 'bringing every school’s equipment to the same standard after communes merged',
      },
      { fr: 'équiper chaque classe d’un vidéoprojecteur interactif', en: 'fitting every classroom with an interactive projector' },
      {
        fr: 'mettre le matériel à disposition des associations le soir et pendant les vacances',
        en: 'lending the equipment to associations in the evenings and during holidays',
      },
      { fr: 'recenser le matériel existant avant tout nouvel achat', en: 'listing the existing equipment before buying anything new' },
    ],
    benefits: [
      { fr: 'Le matériel sert davantage et à davantage d’élèves.', en: 'Equipment is used more, and by more pupils.' },
      {
        fr: 'Toutes les écoles du territoire disposent désormais du même niveau d’équipement.',
        en: 'Every school in the area now has the same level of equipment.',
      },
    ],
    questions: [
      {
        fr: 'Qui gère le planning de prêt, et comment éviter les conflits ?',
        en: 'Who manages the lending timetable, and how will you avoid clashes?',
      },
      {
        fr: 'Le budget prévoit-il le renouvellement du matériel dans cinq ans ?',
        en: 'Does the budget plan for replacing the equipment in five years?',
      },
      {
        fr: 'Les enseignants ont-ils été consultés avant le choix du matériel ?',
        en: 'Were teachers asked before the equipment was chosen?',
      },
    ],
  },
  maintenance: {
    titles: [
      { fr: 'une assistance informatique mutualisée pour les écoles', en: 'shared IT support for primary schools' },
      { fr: 'un technicien partagé qui fait durer le matériel', en: 'a shared technician who keeps equipment running' },
    ],
    actions: [
      { fr: 'recruter un technicien partagé entre {n} écoles', en: 'hiring a technician shared by {n} schools' },
      { fr: 'ouvrir un guichet unique pour signaler les pannes', en: 'setting up a single help desk to report faults' },
      { fr: 'préparer les tablettes pendant l’été pour la rentrée', en: 'preparing the tablets over the summer for the new school year' },
      {
        fr: 'former un enseignant référent dans chaque école aux dépannages simples',
        en: 'training a lead teacher in each school to fix simple problems',
      },
      { fr: 'tenir un inventaire à jour de tous les appareils', en: 'keeping an up-to-date inventory of every device' },
    ],
    benefits: [
      {
        fr: 'Les pannes sont réparées en quelques jours au lieu de plusieurs semaines.',
        en: 'Faults are fixed within days rather than weeks.',
      },
      {
        fr: 'Les enseignants ne renoncent plus à une séance faute de matériel en état.',
        en: 'Teachers no longer drop a lesson because the equipment does not work.',
      },
    ],
    questions: [
      {
        fr: 'Qui, de la commune ou de l’Éducation nationale, prend en charge quelle partie de la maintenance ?',
        en: 'Which part of the maintenance falls to the commune, and which to the national education system?',
      },
      { fr: 'Combien d’appareils un technicien peut-il suivre ?', en: 'How many devices can one technician look after?' },
      { fr: 'Comment les écoles signalent-elles une panne, et à qui ?', en: 'How do schools report a fault, and to whom?' },
    ],
  },
  inclusion: {
    titles: [
      { fr: 'des points de médiation numérique pour tous les habitants', en: 'digital help points for every resident' },
      { fr: 'le numérique au service des élèves les plus éloignés', en: 'digital tools for the pupils furthest from school' },
    ],
    actions: [
      { fr: 'ouvrir des points de médiation numérique dans {n} communes', en: 'opening digital help points in {n} communes' },
      {
        fr: 'accompagner les familles dans leurs démarches en ligne à la sortie de l’école',
        en: 'helping families with online procedures at the school gate',
      },
      { fr: 'équiper les élèves en situation de handicap d’outils adaptés', en: 'providing pupils with disabilities with adapted tools' },
      { fr: 'faire circuler une caravane numérique dans les villages', en: 'sending a digital caravan round the villages' },
      {
        fr: 'former des médiateurs de {partner} à l’accueil des publics fragiles',
        en: 'training mediators from {partner} to welcome people in difficulty',
      },
    ],
    benefits: [
      {
        fr: 'Des habitants qui n’utilisaient pas internet trouvent de l’aide près de chez eux.',
        en: 'Residents who did not use the internet find help close to home.',
      },
      {
        fr: 'Les élèves éloignés de l’école gardent un lien avec leur classe.',
        en: 'Pupils who are far from school keep in touch with their class.',
      },
    ],
    questions: [
      { fr: 'Où se trouvent les habitants les plus éloignés du numérique ?', en: 'Where are the residents furthest from digital tools?' },
      {
        fr: 'Quels lieux déjà fréquentés peuvent accueillir une permanence ?',
        en: 'Which places people already visit could host a help session?',
      },
      { fr: 'Comment financer les médiateurs dans la durée ?', en: 'How will the mediators be funded in the long run?' },
    ],
  },
  gouvernance: {
    titles: [
      { fr: 'un comité de pilotage qui réunit tous les partenaires', en: 'a steering group that brings every partner together' },
      { fr: 'une stratégie numérique éducative pour tout le territoire', en: 'an education technology strategy for the whole area' },
    ],
    actions: [
      {
        fr: 'réunir chaque trimestre un comité de pilotage avec l’Éducation nationale',
        en: 'meeting the national education services every term in a steering group',
      },
      {
        fr: 'signer une convention qui précise ce que fait chaque partenaire',
        en: 'signing an agreement that sets out what each partner does',
      },
      { fr: 'se donner {n} indicateurs communs pour suivre le projet', en: 'agreeing on {n} shared indicators to follow the project' },
      {
        fr: 'nommer un chef de projet numérique éducatif à la collectivité',
        en: 'appointing an education technology project lead at the authority',
      },
      { fr: 'présenter chaque année un bilan devant le conseil municipal', en: 'reporting to the council every year' },
    ],
    benefits: [
      {
        fr: 'Les décisions se prennent plus vite, car chacun sait qui fait quoi.',
        en: 'Decisions are made faster, because everyone knows who does what.',
      },
      {
        fr: 'Le projet survit aux changements d’équipe grâce à la convention.',
        en: 'The agreement keeps the project going when staff change.',
      },
    ],
    questions: [
      { fr: 'Qui pilote, et avec quelle légitimité auprès des écoles ?', en: 'Who leads, and with what standing in the eyes of schools?' },
      { fr: 'Quels indicateurs partager dès le départ ?', en: 'Which indicators should be shared from the start?' },
      { fr: 'Comment associer les enseignants aux décisions ?', en: 'How will teachers take part in decisions?' },
    ],
  },
  ressources: {
    titles: [
      { fr: 'une banque de ressources pédagogiques partagée', en: 'a shared bank of teaching resources' },
      { fr: 'des ressources numériques pour apprendre à la maison', en: 'digital resources for learning at home' },
    ],
    actions: [
      { fr: 'rassembler dans {tool} les ressources produites par les enseignants', en: 'gathering teachers’ own resources on {tool}' },
      { fr: 'indexer {n} ressources par niveau et par discipline', en: 'tagging {n} resources by level and subject' },
      {
        fr: 'signaler aux familles des vidéos courtes pour réviser les notions de base',
        en: 'pointing families to short videos for revising the basics',
      },
      { fr: 'acheter des licences de manuels numériques pour toutes les classes', en: 'buying digital textbook licences for every class' },
      {
        fr: 'publier les ressources sous licence libre pour qu’elles circulent',
        en: 'publishing resources under an open licence so that they spread',
      },
    ],
    benefits: [
      { fr: 'Les enseignants trouvent plus vite des ressources fiables.', en: 'Teachers find reliable resources faster.' },
      {
        fr: 'Les parents savent vers quoi orienter leurs enfants pour réviser.',
        en: 'Parents know where to send their children to revise.',
      },
    ],
    questions: [
      {
        fr: 'Qui vérifie la qualité des ressources avant de les publier ?',
        en: 'Who checks the quality of resources before they are published?',
      },
      { fr: 'Sous quelle licence les enseignants acceptent-ils de partager ?', en: 'Under which licence are teachers willing to share?' },
      { fr: 'Les ressources fonctionnent-elles sur les appareils des familles ?', en: 'Do the resources work on families’ own devices?' },
    ],
  },
  innovation: {
    titles: [
      { fr: 'un incubateur de projets pédagogiques', en: 'an incubator for teaching projects' },
      { fr: 'les enseignants expérimentent de nouvelles façons d’enseigner', en: 'teachers try out new ways of teaching' },
    ],
    actions: [
      { fr: 'ouvrir un appel à projets annuel aux équipes pédagogiques', en: 'opening a yearly call for projects to school teams' },
      {
        fr: 'accompagner {n} projets de classe avec une école d’ingénieurs',
        en: 'supporting {n} class projects with an engineering school',
      },
      { fr: 'tester de nouvelles séquences avant de les diffuser', en: 'testing new lessons before sharing them' },
      {
        fr: 'accueillir des classes d’autres établissements pour essayer les outils',
        en: 'hosting classes from other schools so they can try the tools',
      },
      { fr: 'documenter chaque expérimentation dans un carnet partagé', en: 'recording each trial in a shared logbook' },
    ],
    benefits: [
      {
        fr: 'Les idées des enseignants trouvent un cadre pour être testées.',
        en: 'Teachers’ ideas get a setting where they can be tried out.',
      },
      { fr: 'Les réussites sont reprises par d’autres établissements.', en: 'What works is taken up by other schools.' },
    ],
    questions: [
      { fr: 'Qui décide des projets retenus, et selon quels critères ?', en: 'Who picks the projects, and on what criteria?' },
      {
        fr: 'Comment diffuser une expérimentation réussie au-delà d’une classe ?',
        en: 'How can a successful trial spread beyond one class?',
      },
      { fr: 'Quel droit à l’erreur accorde-t-on aux équipes ?', en: 'How much room for failure do teams get?' },
    ],
  },
  citoyennete: {
    titles: [
      { fr: 'un parcours citoyen numérique pour les jeunes', en: 'a digital citizenship path for young people' },
      { fr: 'les élèves apprennent à vivre ensemble en ligne', en: 'pupils learn to live together online' },
    ],
    actions: [
      {
        fr: 'élire un conseil municipal des jeunes qui travaille sur le numérique',
        en: 'electing a youth council that works on digital questions',
      },
      {
        fr: 'préparer les élèves de CM2 à leurs premiers comptes en ligne',
        en: 'preparing final-year primary pupils for their first online accounts',
      },
      {
        fr: 'faire intervenir des élus sur la protection des données personnelles',
        en: 'inviting elected officials to talk about personal data',
      },
      { fr: 'faire rédiger par les élèves une charte d’usage d’internet', en: 'having pupils write a charter for internet use' },
      { fr: 'proposer aux collégiens de former leurs grands-parents', en: 'inviting collège pupils to teach their grandparents' },
    ],
    benefits: [
      { fr: 'Les jeunes prennent la parole sur des sujets qui les concernent.', en: 'Young people speak up on matters that concern them.' },
      {
        fr: 'Les règles de la vie en ligne sont discutées plutôt qu’imposées.',
        en: 'Rules for life online are discussed rather than imposed.',
      },
    ],
    questions: [
      { fr: 'Quelle place donner à la parole des élèves dans le projet ?', en: 'How much say will pupils have in the project?' },
      {
        fr: 'Comment relier ce travail aux programmes d’enseignement moral et civique ?',
        en: 'How does this work connect with the civics curriculum?',
      },
      { fr: 'Quels élus sont prêts à s’impliquer ?', en: 'Which elected officials are ready to take part?' },
    ],
  },
  evenements: {
    titles: [
      { fr: 'une semaine du numérique ouverte à tous', en: 'a digital week open to everyone' },
      { fr: 'des goûters numériques pour découvrir en famille', en: 'digital afternoon sessions for families' },
    ],
    actions: [
      { fr: 'organiser chaque printemps une semaine du numérique {in}', en: 'holding a digital week {in} every spring' },
      {
        fr: 'proposer des goûters numériques le mercredi à la médiathèque',
        en: 'running digital afternoon sessions at the media library on Wednesdays',
      },
      { fr: 'inviter {n} exposants locaux à présenter leurs métiers', en: 'inviting {n} local exhibitors to present their jobs' },
      { fr: 'monter une exposition des réalisations des élèves', en: 'putting on an exhibition of pupils’ work' },
      { fr: 'accueillir un pique-nique numérique sur la place du marché', en: 'hosting a digital picnic on the market square' },
    ],
    benefits: [
      {
        fr: 'Les habitants découvrent ce que font les écoles et les associations.',
        en: 'Residents discover what schools and associations do.',
      },
      {
        fr: 'Les événements créent des liens entre des partenaires qui ne se connaissaient pas.',
        en: 'The events connect partners who did not know each other.',
      },
    ],
    questions: [
      { fr: 'Quel public vise-t-on, et à quelle heure vient-il ?', en: 'Which audience are you aiming at, and when can it come?' },
      { fr: 'Qui porte l’organisation d’une année sur l’autre ?', en: 'Who organises the event from one year to the next?' },
      { fr: 'Comment prolonger l’événement après la journée ?', en: 'How will the event carry on after the day itself?' },
    ],
  },
  demarches: {
    titles: [
      { fr: 'les inscriptions scolaires passent en ligne', en: 'school registration moves online' },
      {
        fr: 'un portail famille pour les démarches scolaires et périscolaires',
        en: 'a family portal for school and out-of-school procedures',
      },
    ],
    actions: [
      {
        fr: 'dématérialiser les inscriptions à la cantine et au périscolaire',
        en: 'putting canteen and out-of-school registration online',
      },
      { fr: 'ouvrir un portail famille relié à l’ENT', en: 'opening a family portal linked to the digital workspace' },
      { fr: 'garder un accueil au guichet pour les familles qui le préfèrent', en: 'keeping a help desk for families who prefer it' },
      { fr: 'proposer le paiement en ligne des factures', en: 'letting families pay bills online' },
      { fr: 'simplifier les formulaires avec des parents testeurs', en: 'simplifying the forms with parents who tested them' },
    ],
    benefits: [
      {
        fr: 'Les familles font leurs démarches quand elles le peuvent, sans se déplacer.',
        en: 'Families complete procedures when it suits them, without travelling.',
      },
      { fr: 'Les agents passent moins de temps à saisir des formulaires papier.', en: 'Staff spend less time typing up paper forms.' },
    ],
    questions: [
      {
        fr: 'Que deviennent les familles qui ne peuvent pas faire leurs démarches en ligne ?',
        en: 'What happens to families who cannot do this online?',
      },
      {
        fr: 'Quelles données demander, et combien de temps les garder ?',
        en: 'Which data should you ask for, and how long should you keep them?',
      },
      { fr: 'Le portail est-il accessible aux personnes handicapées ?', en: 'Is the portal accessible to people with disabilities?' },
    ],
  },
  connectivite: {
    titles: [
      { fr: 'toutes les écoles raccordées au très haut débit', en: 'every school connected to very high-speed broadband' },
      { fr: 'la fibre jusqu’aux écoles rurales', en: 'fibre all the way to rural schools' },
    ],
    actions: [
      { fr: 'raccorder {n} écoles à la fibre en priorité', en: 'connecting {n} schools to fibre first' },
      { fr: 'installer un réseau sans fil dans chaque classe', en: 'installing wireless access in every classroom' },
      {
        fr: 'négocier un contrat d’accès groupé pour toutes les communes',
        en: 'negotiating a joint internet contract for all the communes',
      },
      { fr: 'mesurer le débit réel dans chaque établissement', en: 'measuring the actual bandwidth in each school' },
      {
        fr: 'coordonner les travaux avec le syndicat départemental d’aménagement numérique',
        en: 'coordinating the works with the departmental broadband agency',
      },
    ],
    benefits: [
      {
        fr: 'Les classes peuvent enfin utiliser des ressources en ligne sans coupure.',
        en: 'Classes can at last use online resources without interruption.',
      },
      {
        fr: 'Les écoles rurales ont les mêmes conditions que celles de la ville.',
        en: 'Rural schools have the same conditions as town schools.',
      },
    ],
    questions: [
      { fr: 'Quel débit chaque école a-t-elle vraiment aujourd’hui ?', en: 'What bandwidth does each school really have today?' },
      { fr: 'Qui paie l’abonnement une fois les travaux terminés ?', en: 'Who pays the subscription once the works are finished?' },
      { fr: 'Le réseau de l’école est-il filtré et sécurisé ?', en: 'Is the school network filtered and secure?' },
    ],
  },
};

/** Opening sentences of "Context", by continuity. */
export const contexts: Record<string, Pair[]> = {
  parcours: [
    {
      fr: 'Le passage de l’école au collège reste un moment fragile pour beaucoup d’élèves {in}.',
      en: 'Moving up from primary school to collège is still a fragile moment for many pupils {in}.',
    },
    {
      fr: 'Les équipes de l’école et du collège travaillaient chacune de leur côté, avec des outils différents.',
      en: 'Primary and secondary teams used to work separately, each with its own tools.',
    },
    {
      fr: 'La question posée était simple : comment garder un parcours cohérent d’une étape à l’autre ?',
      en: 'The question was simple: how can a pupil’s path stay coherent from one stage to the next?',
    },
    {
      fr: 'Plusieurs établissements du secteur voulaient partager leurs pratiques plutôt que de tout inventer seuls.',
      en: 'Several schools in the area wanted to share practice rather than invent everything alone.',
    },
  ],
  journee: [
    {
      fr: 'Entre la classe, le périscolaire et la maison, la journée d’un enfant {in} est faite de temps qui se parlent peu.',
      en: 'Between class, out-of-school activities and home, a child’s day {in} is made of times that rarely connect.',
    },
    {
      fr: 'Les animateurs et les enseignants se croisaient sans toujours échanger sur ce que vivaient les enfants.',
      en: 'Youth workers and teachers crossed paths without always talking about what the children were doing.',
    },
    {
      fr: 'Beaucoup de familles disaient ne pas savoir ce qui se faisait à l’école.',
      en: 'Many families said they did not know what went on at school.',
    },
    {
      fr: 'La collectivité souhaitait que le temps libre des enfants prolonge ce qu’ils apprennent en classe.',
      en: 'The authority wanted children’s free time to build on what they learn in class.',
    },
  ],
  territoire: [
    {
      fr: 'L’école {in} voulait s’ouvrir davantage aux acteurs qui l’entourent : associations, entreprises, services publics.',
      en: 'The school {in} wanted to open up to the players around it: associations, businesses and public services.',
    },
    {
      fr: 'Le territoire compte de nombreux acteurs du numérique, mais ils travaillaient rarement avec les établissements.',
      en: 'The area has many digital players, but they seldom worked with schools.',
    },
    {
      fr: 'Les élus cherchaient à faire de l’école un lieu ressource pour tous les habitants.',
      en: 'Elected officials wanted the school to be a resource for every resident.',
    },
    {
      fr: 'Le projet est né d’une question posée en conseil : que peut apporter le numérique à l’ancrage de l’école dans son territoire ?',
      en: 'The project began with a question raised in council: what can digital tools do to root the school in its area?',
    },
  ],
};

/** Sentences that introduce the list of "what was done". */
export const actionIntros: Pair[] = [
  { fr: 'Depuis {year}, les partenaires ont engagé plusieurs actions :', en: 'Since {year}, the partners have taken several steps:' },
  { fr: 'Le projet s’est construit en plusieurs étapes :', en: 'The project was built in stages:' },
  { fr: 'Concrètement, les partenaires ont choisi de :', en: 'In practice, the partners chose to focus on:' },
  { fr: 'Le programme comprend notamment :', en: 'The programme includes:' },
];

/** A paragraph after the list of actions. */
export const actionFollowUps: Pair[] = [
  {
    fr: 'En tout, {n} classes et environ {m} élèves ont pris part au projet la première année.',
    en: 'In all, {n} classes and about {m} pupils took part in the first year.',
  },
  {
    fr: 'Le projet a commencé dans une seule école avant de s’étendre à {n} établissements.',
    en: 'The project started in one school before spreading to {n} schools.',
  },
  {
    fr: 'Les séances ont lieu pendant le temps scolaire et se prolongent sur le temps périscolaire.',
    en: 'Sessions take place during school hours and carry on in out-of-school time.',
  },
  {
    fr: 'Un bilan à mi-parcours a conduit à simplifier l’organisation et à mieux informer les familles.',
    en: 'A mid-way review led the partners to simplify the organisation and keep families better informed.',
  },
  {
    fr: 'Les outils retenus fonctionnent sur le matériel déjà présent dans les écoles.',
    en: 'The chosen tools run on the equipment schools already had.',
  },
];

/** What each kind of actor did, for "who did what": {actor} is its name. */
export const roles: Record<string, Pair[]> = {
  etablissement: [
    {
      fr: '{actor} a porté le projet et l’a inscrit dans son projet d’établissement.',
      en: '{actor} led the project and made it part of its school plan.',
    },
    {
      fr: '{actor} a accueilli les ateliers et mobilisé ses enseignants.',
      en: '{actor} hosted the workshops and brought its teachers on board.',
    },
  ],
  collectivite: [
    {
      fr: '{actor} a financé le matériel et mis un agent à disposition.',
      en: '{actor} paid for the equipment and assigned a member of staff.',
    },
    {
      fr: '{actor} a coordonné les partenaires et assuré le suivi du budget.',
      en: '{actor} coordinated the partners and kept track of the budget.',
    },
  ],
  etat: [
    {
      fr: '{actor} a accompagné les enseignants et validé le volet pédagogique.',
      en: '{actor} supported the teachers and approved the teaching side of the project.',
    },
    { fr: '{actor} a intégré le projet au plan de formation.', en: '{actor} included the project in the training plan.' },
  ],
  'organisme-public': [
    { fr: '{actor} a fourni des ressources et animé des formations.', en: '{actor} provided resources and ran training sessions.' },
    { fr: '{actor} a prêté ses locaux pour les ateliers du soir.', en: '{actor} lent its premises for the evening workshops.' },
  ],
  association: [
    { fr: '{actor} a animé les ateliers avec les enfants et les familles.', en: '{actor} ran the workshops with children and families.' },
    { fr: '{actor} a formé les animateurs et prêté du matériel.', en: '{actor} trained the youth workers and lent equipment.' },
  ],
  entreprise: [
    {
      fr: '{actor} a conçu le mobilier avec les élèves et les enseignants.',
      en: '{actor} designed the furniture with pupils and teachers.',
    },
    { fr: '{actor} a installé le réseau et assure sa maintenance.', en: '{actor} installed the network and maintains it.' },
  ],
  'enseignement-superieur': [
    { fr: '{actor} a suivi le projet et en a évalué les effets.', en: '{actor} followed the project and assessed its effects.' },
    {
      fr: '{actor} a envoyé des étudiants encadrer les projets des élèves.',
      en: '{actor} sent students to supervise the pupils’ projects.',
    },
  ],
};

/** Sentences of "conditions and difficulties". */
export const conditions: Pair[] = [
  {
    fr: 'Le projet a tenu grâce à un engagement durable des élus et de la direction de l’école.',
    en: 'The project lasted because elected officials and the head teacher stayed committed.',
  },
  { fr: 'Le temps de coordination a été sous-estimé au départ.', en: 'The time needed for coordination was underestimated at first.' },
  {
    fr: 'La connexion internet de certaines écoles a freiné les premières séances.',
    en: 'Poor internet access in some schools held back the first sessions.',
  },
  {
    fr: 'Le départ d’un enseignant moteur a obligé à répartir les rôles autrement.',
    en: 'When a key teacher left, roles had to be shared out differently.',
  },
  {
    fr: 'Un financement sur trois ans a permis de voir plus loin qu’une année scolaire.',
    en: 'Three-year funding made it possible to look beyond a single school year.',
  },
  {
    fr: 'Il a fallu du temps pour que chacun comprenne les contraintes des autres partenaires.',
    en: 'It took time for each partner to understand the others’ constraints.',
  },
  {
    fr: 'La protection des données a demandé l’avis du délégué de la collectivité avant de commencer.',
    en: 'Data protection required the authority’s data officer to be consulted before starting.',
  },
];

/** Summaries: {what} is the title's ending, {actors} two actor names. */
export const summaries: Pair[] = [
  { fr: '{In}, {actors} mènent ensemble un projet : {what}.', en: '{In}, {actors} run a joint project: {what}.' },
  {
    fr: 'Un projet mené {in} par {actors} : {what}, pour les élèves et leurs familles.',
    en: 'A project run {in} by {actors}: {what}, for pupils and their families.',
  },
  { fr: '{actors} se sont associés {in} ; résultat : {what}.', en: '{actors} joined forces {in}; the result: {what}.' },
];

/** Namesakes of French schools, used for invented school names. */
export const schoolNames = [
  'Jules-Ferry',
  'Jean-Jaurès',
  'Victor-Hugo',
  'Jean-Moulin',
  'Louis-Pasteur',
  'Marie-Curie',
  'Jacques-Prévert',
  'Paul-Langevin',
  'Albert-Camus',
  'Simone-Veil',
  'Jean-de-La-Fontaine',
  'Anne-Frank',
  'Joliot-Curie',
  'George-Sand',
  'Louise-Michel',
  'Condorcet',
  'Montaigne',
  'Voltaire',
  'Colette',
  'Paul-Éluard',
  'Antoine-de-Saint-Exupéry',
  'Jean-Zay',
  'Olympe-de-Gouges',
  'Germaine-Tillion',
  'Lucie-Aubrac',
  'Jean-Rostand',
  'Camille-Claudel',
  'Les Tilleuls',
  'Les Marronniers',
  'Le Petit-Prince',
  'Pierre-Brossolette',
  'Alexandre-Dumas',
  'Robert-Doisneau',
  'Françoise-Dolto',
  'Jean-Macé',
];

/** Invented association names (no real organisation is meant). */
export const associationNames = [
  'Clic et Compagnie',
  'Les Ateliers du Code',
  'Parents connectés',
  'Numérique pour tous',
  'Les Bidouilleurs',
  'Pixels et Cartables',
  'La Fabrique des possibles',
  'Écrans en famille',
  'Robots et Goûters',
  'Les Petits Codeurs',
  'Lien numérique',
  'Médiaclasse',
];

/** Invented company names. */
export const companyNames = ['Atelier Mobilis', 'Fibre Services', 'Logiclasse', 'Tableau Vif', 'Réseaux du Bocage', 'Designlab Studio'];

/** Invented platform names. */
export const toolNames = [
  'Classe Ouverte',
  'Passerelle',
  'Cartable en ligne',
  'Mon École Connectée',
  'Le Fil des familles',
  'Trait d’union',
];

/** Real académies and their departments (public geography). */
export const academies: { name: string; departments: string[] }[] = [
  { name: 'Nancy-Metz', departments: ['54', '55', '57', '88'] },
  { name: 'Rennes', departments: ['22', '29', '35', '56'] },
  { name: 'Lyon', departments: ['01', '42', '69'] },
  { name: 'Grenoble', departments: ['07', '26', '38', '73', '74'] },
  { name: 'Bordeaux', departments: ['24', '33', '40', '47', '64'] },
  { name: 'Lille', departments: ['59', '62'] },
  { name: 'Toulouse', departments: ['09', '12', '31', '32', '46', '65', '81', '82'] },
  { name: 'Nantes', departments: ['44', '49', '53', '72', '85'] },
  { name: 'Créteil', departments: ['77', '93', '94'] },
  { name: 'Versailles', departments: ['78', '91', '92', '95'] },
  { name: 'Strasbourg', departments: ['67', '68'] },
  { name: 'Montpellier', departments: ['11', '30', '34', '48', '66'] },
  { name: 'Aix-Marseille', departments: ['04', '05', '13', '84'] },
  { name: 'Orléans-Tours', departments: ['18', '28', '36', '37', '41', '45'] },
];

/** Former regions: today's region code and the departments they covered (public geography). */
export const formerRegions: { name: string; region: string; departments: string[] }[] = [
  { name: 'Basse-Normandie', region: '28', departments: ['14', '50', '61'] },
  { name: 'Haute-Normandie', region: '28', departments: ['27', '76'] },
  { name: 'Poitou-Charentes', region: '75', departments: ['16', '17', '79', '86'] },
  { name: 'Limousin', region: '75', departments: ['19', '23', '87'] },
  { name: 'Alsace', region: '44', departments: ['67', '68'] },
  { name: 'Lorraine', region: '44', departments: ['54', '55', '57', '88'] },
  { name: 'Picardie', region: '32', departments: ['02', '60', '80'] },
  { name: 'Auvergne', region: '84', departments: ['03', '15', '43', '63'] },
  { name: 'Bourgogne', region: '27', departments: ['21', '58', '71', '89'] },
  { name: 'Languedoc-Roussillon', region: '76', departments: ['11', '30', '34', '48', '66'] },
];

/** Invented national networks. */
export const networkNames = [
  'Réseau Écoles connectées',
  'Réseau des fablabs éducatifs',
  'Réseau Parents et numérique',
  'Réseau des médiathèques scolaires',
];

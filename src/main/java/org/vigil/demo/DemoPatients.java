package org.vigil.demo;

import static org.vigil.domain.course.Phase.INDUCTION;
import static org.vigil.domain.course.Phase.MAINTENANCE;
import static org.vigil.domain.course.Phase.OPTIMISATION;
import static org.vigil.domain.course.Regimen.MDSI_NASAL;
import static org.vigil.domain.course.Regimen.PPD_SINGLE_IV;
import static org.vigil.domain.course.Regimen.TRD_IV;
import static org.vigil.domain.course.Regimen.TRD_NASAL;
import static org.vigil.demo.DemoStory.Situation.AWAITING_REVIEW;
import static org.vigil.demo.DemoStory.Situation.DUE_SOON;
import static org.vigil.demo.DemoStory.Situation.DUE_TODAY;
import static org.vigil.demo.DemoStory.Situation.ENDED;
import static org.vigil.demo.DemoStory.Situation.MISSED_IN_MAINTENANCE;
import static org.vigil.demo.DemoStory.Situation.NOT_STARTED;
import static org.vigil.demo.DemoStory.Situation.ON_SCHEDULE;
import static org.vigil.demo.DemoStory.Situation.OVERDUE;
import static org.vigil.demo.DemoStory.Situation.REFUSED;
import static org.vigil.demo.DemoStory.Situation.SINGLE_DOSE_GIVEN;

import java.util.List;
import org.vigil.demo.DemoStory.Person;
import org.vigil.demo.DemoStory.Plan;
import org.vigil.demo.DemoStory.Screen;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Sex;

/**
 * The demo clinic's patients: a believable mix of Chinese and English names, ages and
 * histories, with a course in every situation the day list and the charts can show. This is
 * demo data, so its numbers are literals; everything the schedule decides is walked from the
 * protocol settings.
 */
final class DemoPatients {

    private DemoPatients() {}

    private static final String CHEN = "drchen";
    private static final String OKAFOR = "drokafor";
    private static final ReviewDecision CONTINUE = new ReviewDecision.Continue();

    static final List<DemoStory> ALL = List.of(
            man("RMC-00123", "张", "伟", 34, "E48213377", "72.5", "138 0013 4471", "李秀兰", "wife", "139 1122 3344")
                    .story(Screen.clear(6), Plan.of(TRD_NASAL, 14, DUE_TODAY, CHEN).in(INDUCTION).chair(1).phq9(19, 16, 14).madrs(30)),
            woman("RMC-00131", "O'Neill", "Margaret", 52, "PA7731902", "66.0", "07700 900131", "Sean O'Neill", "husband", "07700 900132")
                    .notChildbearing("Postmenopausal.").allergy("Penicillin", "widespread rash")
                    .story(Screen.clear(9), Plan.of(TRD_NASAL, 7, DUE_TODAY, OKAFOR).in(INDUCTION).chair(2).phq9(22, 19).madrs(34)),
            man("RMC-00137", "Carter", "James", 41, "P5510283", "88.2", "07700 900137", "Laura Carter", "sister", "07700 900138")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, 18, OVERDUE, CHEN).in(INDUCTION).absent(4).phq9(20, 18, 15)),
            woman("RMC-00142", "李", "娜", 29, "E50917736", "54.3", "186 2104 7782", "李建国", "father", "135 6620 1198")
                    .contraception("Levonorgestrel intrauterine system")
                    .story(Screen.clear(8), Plan.of(TRD_NASAL, 10, DUE_SOON, CHEN).in(INDUCTION).chair(1).phq9(18, 15)),
            woman("RMC-00156", "Khan", "Aisha", 38, "AK2291045", "71.8", "07700 900156", "Imran Khan", "husband", "07700 900157")
                    .contraception("Combined oral contraceptive")
                    .story(Screen.clear(10).found(Contraindication.UNCONTROLLED_HYPERTENSION).overridden("Hypertension now controlled"
                                    + " on amlodipine 5 mg: clinic BP 128/82, home readings below 135/85 for four weeks."),
                            Plan.of(TRD_NASAL, 21, DUE_TODAY, CHEN).in(INDUCTION).chair(3).phq9(23, 19, 15, 13).madrs(36, 27)),
            man("RMC-00163", "Hughes", "Robert", 68, "P3307716", "79.0", "07700 900163", "Jean Hughes", "wife", "07700 900164")
                    .story(Screen.clear(7).olderAdult("Independent, MoCA 28/30, cardiology review normal; start at the lower dose."),
                            Plan.of(TRD_NASAL, 4, DUE_SOON, OKAFOR).in(INDUCTION).chair(2).phq9(17).madrs(28)),
            woman("RMC-00170", "王", "芳", 45, "E33862095", "60.7", "139 0176 2231", "王强", "brother", "137 1188 0452")
                    .contraception("Copper intrauterine device")
                    .story(Screen.clear(8), Plan.of(TRD_NASAL, 31, AWAITING_REVIEW, OKAFOR).phq9(21, 17, 13, 11).madrs(33, 21)),
            man("RMC-00184", "Murphy", "Daniel", 47, "P8820464", "92.4", "07700 900184", "Ciara Murphy", "wife", "07700 900185")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, 45, DUE_SOON, CHEN).in(OPTIMISATION).chair(3)
                            .review(CONTINUE, 0, "Good response: PHQ-9 20 to 11, tolerating 84 mg. Continue to weekly sessions.")
                            .phq9(20, 15, 11, 10, 8).madrs(32, 16)),
            woman("RMC-00191", "陈", "静", 36, "E27719458", "57.9", "158 2231 9904", "陈丽", "sister", "158 2231 9905")
                    .contraception("Etonogestrel implant")
                    .story(Screen.clear(6), Plan.of(TRD_NASAL, 38, DUE_TODAY, CHEN).in(OPTIMISATION).chair(4)
                            .review(new ReviewDecision.Change(SessionFrequency.TWICE_WEEKLY), 1,
                                    "Partial response (PHQ-9 22 to 16): keep twice weekly through weeks 5 to 8, then review.")
                            .phq9(22, 19, 16, 15, 13).madrs(35, 24)),
            woman("RMC-00205", "Turner", "Sophie", 31, "ST4471920", "63.5", "07700 900205", "Mark Turner", "father", "07700 900206")
                    .contraception("Progestogen-only pill").allergy("Latex", "contact dermatitis")
                    .story(Screen.clear(9), Plan.of(TRD_NASAL, 52, OVERDUE, OKAFOR).in(OPTIMISATION).absent(10)
                            .review(CONTINUE, 0, "Responding (PHQ-9 19 to 10). Continue.").phq9(19, 14, 10, 9)),
            man("RMC-00212", "刘", "洋", 55, "E61190327", "76.1", "136 5512 0871", "张敏", "wife", "136 5512 0872")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, 100, ON_SCHEDULE, CHEN).in(MAINTENANCE)
                            .review(CONTINUE, 0, "Response at week 4 (PHQ-9 21 to 11). Continue.")
                            .phq9(21, 15, 11, 8, 7, 7).madrs(31, 18, 12)),
            woman("RMC-00228", "Price", "Eleanor", 71, "EP1940233", "61.2", "07700 900228", "Ruth Price", "daughter", "07700 900229")
                    .notChildbearing("Postmenopausal.").allergy("Codeine", "nausea and vomiting")
                    .story(Screen.clear(10).olderAdult("Lives independently, BP well controlled, no cognitive impairment;"
                                    + " start at the lower dose."),
                            Plan.of(TRD_NASAL, 130, ON_SCHEDULE, OKAFOR).in(MAINTENANCE)
                                    .review(CONTINUE, 0, "Early response, well tolerated. Continue.")
                                    .maintenance(SessionFrequency.EVERY_TWO_WEEKS, "In remission since week 6: every two weeks is enough.")
                                    .phq9(21, 14, 8, 5, 4, 3).madrs(34, 17, 9, 7)),
            man("RMC-00233", "赵", "磊", 49, "E72205581", "84.6", "139 8820 3310", "赵雪梅", "wife", "139 8820 3311")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, 120, MISSED_IN_MAINTENANCE, CHEN).absent(17)
                            .review(CONTINUE, 0, "Response at week 4. Continue.").phq9(22, 15, 10, 8, 9, 13).madrs(33, 17, 20)),
            man("RMC-00247", "Wright", "Thomas", 58, "TW5532018", "90.3", "07700 900247", "Susan Wright", "wife", "07700 900248")
                    .story(Screen.clear(8), Plan.of(TRD_NASAL, 90, DUE_TODAY, OKAFOR).in(MAINTENANCE).chair(5)
                            .review(CONTINUE, 0, "Responding. Continue.").phq9(19, 14, 10, 8, 7, 6).madrs(29, 15, 11)),
            woman("RMC-00252", "黄", "丽", 44, "E19963340", "62.0", "135 0099 4127", "黄晓明", "husband", "135 0099 4128")
                    .notChildbearing("Hysterectomy 2019.").allergy("Sulfonamides", "urticaria")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, 75, DUE_SOON, CHEN).in(MAINTENANCE).chair(4)
                            .review(CONTINUE, 1, "Response at week 4. Continue.").phq9(20, 15, 12, 9, 8)),
            man("RMC-00268", "Brown", "Michael", 63, "MB7718264", "97.5", "07700 900268", "Anne Brown", "wife", "07700 900269")
                    .story(Screen.clear(12), Plan.of(TRD_NASAL, 200, MISSED_IN_MAINTENANCE, OKAFOR).absent(30)
                            .review(CONTINUE, 0, "Response. Continue.")
                            .maintenance(SessionFrequency.EVERY_TWO_WEEKS, "Stable response through optimisation: every two weeks.")
                            .phq9(23, 16, 11, 9, 8, 8, 12)),
            man("RMC-00274", "周", "杰", 26, "E80036612", "68.9", "187 3301 6658", "周建华", "father", "187 3301 6659")
                    .story(Screen.clear(2), Plan.of(MDSI_NASAL, 7, DUE_TODAY, CHEN).in(INDUCTION).phq9(24, 19).madrs(38)),
            woman("RMC-00289", "Evans", "Chloe", 23, "CE3390157", "59.4", "07700 900289", "Gareth Evans", "father", "07700 900290")
                    .contraception("Medroxyprogesterone injection")
                    .story(Screen.clear(1), Plan.of(MDSI_NASAL, 38, ENDED, OKAFOR)
                            .review(new ReviewDecision.Stop(EndReason.COMPLETED), 1,
                                    "Four weeks completed; suicidal ideation resolved. Continues sertraline with the community team.")
                            .phq9(25, 18, 12, 8, 6).madrs(40, 22, 12)),
            woman("RMC-00293", "吴", "敏", 39, "E45528801", "58.5", "152 6617 2290", "吴刚", "husband", "152 6617 2291")
                    .contraception("Levonorgestrel intrauterine system")
                    .story(Screen.clear(7), Plan.of(TRD_IV, 10, DUE_TODAY, CHEN).in(INDUCTION).chair(6).phq9(21, 18, 16).madrs(31)),
            woman("RMC-00301", "Lewis", "Hannah", 33, "HL6620384", "74.0", "07700 900301", "Owen Lewis", "husband", "07700 900302")
                    .mayBecomePregnant().note("Elective caesarean section at 39 weeks.")
                    .story(Screen.clear(3).pregnantNow(), Plan.of(PPD_SINGLE_IV, 4, SINGLE_DOSE_GIVEN, OKAFOR).phq9(12, 7)),
            man("RMC-00315", "孙", "强", 52, "E36671904", "81.7", "133 2208 5571", "孙丽", "wife", "133 2208 5572")
                    .story(Screen.clear(8), Plan.of(TRD_NASAL, 65, ENDED, CHEN)
                            .review(new ReviewDecision.Stop(EndReason.INSUFFICIENT_RESPONSE), 1,
                                    "No meaningful response after eight sessions at 84 mg. Referred back for an ECT assessment.")
                            .phq9(22, 21, 21, 20).madrs(35, 33, 32)),
            man("RMC-00322", "Walsh", "Peter", 60, "PW2218847", "85.0", "07700 900322", "Mary Walsh", "wife", "07700 900323")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, 160, ENDED, OKAFOR).absent(20)
                            .review(CONTINUE, 0, "Response at week 4. Continue.")
                            .ended(EndReason.TRANSFERRED, 6, "Moved to another city; care transferred with a summary letter.")
                            .phq9(20, 14, 10, 8, 7).madrs(30, 14, 10)),
            man("RMC-00336", "马", "超", 57, "E58830116", "83.3", "138 6642 0017", "马丽华", "wife", "138 6642 0018")
                    .note("Known 7 mm anterior communicating artery aneurysm on MRA.")
                    .story(Screen.clear(3).found(Contraindication.INTRACRANIAL_ANEURYSM), Plan.of(TRD_NASAL, -7, REFUSED, CHEN)),
            woman("RMC-00341", "Bennett", "Olivia", 30, "OB8854302", "70.2", "07700 900341", "Tom Bennett", "partner", "07700 900342")
                    .mayBecomePregnant().note("24 weeks pregnant; referred back to the perinatal mental health team.")
                    .story(Screen.clear(2).pregnantNow(), Plan.of(MDSI_NASAL, -3, REFUSED, OKAFOR)),
            woman("RMC-00358", "郑", "雪", 27, "E92214478", "52.6", "159 0287 3364", "郑伟", "brother", "159 0287 3365")
                    .contraception("Combined oral contraceptive")
                    .story(Screen.clear(7), Plan.of(TRD_NASAL, -2, NOT_STARTED, CHEN).chair(5).phq9(20).madrs(30)),
            man("RMC-00362", "Davies", "William", 35, "WD1177350", "", "07700 900362", "Rhian Davies", "wife", "07700 900363")
                    .note("Referred by his GP; screening appointment to be booked.").referral(),
            man("RMC-00379", "何", "俊", 42, "E14407729", "88.0", "131 2290 4418", "何晓燕", "wife", "131 2290 4419")
                    .story(Screen.clear(6), Plan.of(TRD_IV, 48, ON_SCHEDULE, CHEN).in(OPTIMISATION)
                            .review(CONTINUE, 0, "Response on IV at 0.3 mg/kg. Continue.").phq9(22, 17, 13, 11)),
            woman("RMC-00384", "Clarke", "Emily", 48, "EC6602931", "69.4", "07700 900384", "David Clarke", "husband", "07700 900385")
                    .notChildbearing("Postmenopausal.")
                    .story(Screen.clear(9), Plan.of(TRD_NASAL, 24, ON_SCHEDULE, OKAFOR).in(INDUCTION).phq9(18, 15, 13).madrs(27)),
            man("RMC-00397", "杨", "帆", 31, "E67731150", "70.0", "186 5530 2271", "杨静", "sister", "186 5530 2272")
                    .story(Screen.clear(1), Plan.of(MDSI_NASAL, 20, OVERDUE, CHEN).in(INDUCTION).absent(3).phq9(23, 17, 14).madrs(37, 26)),
            woman("RMC-00405", "Ali", "Fatima", 34, "FA3319826", "64.8", "07700 900405", "Yusuf Ali", "husband", "07700 900406")
                    .contraception("Levonorgestrel intrauterine system").allergy("Ibuprofen", "bronchospasm")
                    .story(Screen.clear(8), Plan.of(TRD_NASAL, 110, ON_SCHEDULE, CHEN).in(MAINTENANCE)
                            .review(CONTINUE, 0, "Response at week 4. Continue.").phq9(23, 18, 13, 10, 9, 8).madrs(34, 20, 14)));

    private static Person man(String mrn, String family, String given, int age, String id, String kg, String phone, String contact,
                              String relationship, String contactPhone) {
        return person(mrn, family, given, Sex.MALE, age, id, kg, phone, contact, relationship, contactPhone, Childbearing.NOT_APPLICABLE);
    }

    /** Childbearing potential is asked of every woman (PAT-4): each one below answers it. */
    private static Person woman(String mrn, String family, String given, int age, String id, String kg, String phone, String contact,
                                String relationship, String contactPhone) {
        return person(mrn, family, given, Sex.FEMALE, age, id, kg, phone, contact, relationship, contactPhone, Childbearing.NOT_ANSWERED);
    }

    private static Person person(String mrn, String family, String given, Sex sex, int age, String id, String kg, String phone,
                                 String contact, String relationship, String contactPhone, Childbearing childbearing) {
        return new Person(mrn, new PersonName(family, given), sex, age, id, phone,
                new EmergencyContact(contact, relationship, contactPhone), kg, Allergies.NONE_KNOWN, childbearing, "");
    }
}

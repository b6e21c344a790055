// ISIS, al-Qaeda and other jihadist leaders, the PKK; 2010-2025 (and the founders still named in news).
// Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## armed-group leaders
Abu Bakr al-Baghdadi | أبو بكر البغدادي | إبراهيم عواد البدري / إبراهيم عواد إبراهيم البدري / أبو بكر البغدادي الحسيني القرشي | البغدادي | - | IRQ | Leader of the Islamic State (2010-2019), self-proclaimed caliph (killed 2019) | زعيم تنظيم الدولة الإسلامية (داعش) (2010-2019) (قتل 2019) | Ibrahim Awad al-Badri / Abu Bakr al-Baghdadi |
Abu Omar al-Baghdadi | أبو عمر البغدادي | حامد داود الزاوي / حامد داود محمد خليل الزاوي | البغدادي | - | IRQ | Leader of the Islamic State of Iraq (2006-2010) (killed 2010) | زعيم تنظيم دولة العراق الإسلامية (2006-2010) (قتل 2010) | Hamid Dawud al-Zawi |
Abu Ayyub al-Masri | أبو أيوب المصري | أبو حمزة المهاجر / عبد المنعم عز الدين البدوي | المصري | - | EGY | Leader of al-Qaeda in Iraq and war minister of the Islamic State of Iraq (killed 2010) | زعيم تنظيم القاعدة في العراق ووزير الحرب في دولة العراق الإسلامية (قتل 2010) | Abu Hamza al-Muhajir |
Abu Musab al-Zarqawi | أبو مصعب الزرقاوي | أحمد فاضل نزال الخلايلة | الزرقاوي | - | JOR | Founder of al-Qaeda in Iraq (killed 2006) | مؤسس تنظيم القاعدة في بلاد الرافدين (قتل 2006) | Ahmad Fadil al-Khalayleh |
Abu Muhammad al-Adnani | أبو محمد العدناني | أبو محمد العدناني الشامي / طه صبحي فلاحة | العدناني | - | SYR | Spokesman of the Islamic State (2011-2016) (killed 2016) | المتحدث الرسمي باسم تنظيم الدولة الإسلامية (2011-2016) (قتل 2016) | Taha Subhi Falaha |
Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي | أمير محمد سعيد عبد الرحمن المولى | الهاشمي القرشي | - | IRQ | Leader of the Islamic State (2019-2022) (killed 2022) | زعيم تنظيم الدولة الإسلامية (2019-2022) (قتل 2022) | Amir Muhammad Sa'id Abd al-Rahman al-Mawla |
Abu al-Hasan al-Hashimi al-Qurashi | أبو الحسن الهاشمي القرشي |  | - | - | IRQ | Leader of the Islamic State (2022) (killed 2022) | زعيم تنظيم الدولة الإسلامية (2022) (قتل 2022) |  |
Abu al-Hussein al-Husseini al-Qurashi | أبو الحسين الحسيني القرشي |  | - | - |  | Leader of the Islamic State (2022-2023) (killed 2023) | زعيم تنظيم الدولة الإسلامية (2022-2023) (قتل 2023) |  |
Abu Hafs al-Hashimi al-Qurashi | أبو حفص الهاشمي القرشي |  | - | - |  | Leader of the Islamic State (2023-) | زعيم تنظيم الدولة الإسلامية (منذ 2023) |  |
Abu Omar al-Shishani | أبو عمر الشيشاني | طرخان باتيراشفيلي / عمر الشيشاني | الشيشاني | - | GEO | Military commander of the Islamic State (killed 2016) | القائد العسكري لتنظيم الدولة الإسلامية (قتل 2016) | Tarkhan Batirashvili |
Abu Ali al-Anbari | أبو علي الأنباري | عبد الرحمن مصطفى القادولي | الأنباري | - | IRQ | Deputy leader of the Islamic State (killed 2016) | نائب زعيم تنظيم الدولة الإسلامية (قتل 2016) | Abd al-Rahman Mustafa al-Qaduli |
Abu Muslim al-Turkmani | أبو مسلم التركماني | فاضل أحمد الحيالي / أبو معتز القرشي | التركماني | - | IRQ | Deputy leader of the Islamic State for Iraq (killed 2015) | نائب زعيم تنظيم الدولة الإسلامية في العراق (قتل 2015) | Fadel Ahmad al-Hiyali |
Abu al-Hassan al-Muhajir | أبو الحسن المهاجر |  | المهاجر | - |  | Spokesman of the Islamic State (2016-2019) (killed 2019) | المتحدث باسم تنظيم الدولة الإسلامية (2016-2019) (قتل 2019) |  |
Abu Hamza al-Qurashi | أبو حمزة القرشي |  | - | - |  | Spokesman of the Islamic State (2019-2022) | المتحدث باسم تنظيم الدولة الإسلامية (2019-2022) |  |
Abu Wahib | أبو وهيب | شاكر وهيب الفهداوي / أبو وهيب الفهداوي | - | - | IRQ | Islamic State commander in Anbar (killed 2016) | القيادي في تنظيم الدولة الإسلامية في الأنبار (قتل 2016) | Shaker Wahib al-Fahdawi |
Turki al-Binali | تركي البنعلي | أبو سفيان السلمي / تركي مبارك البنعلي |  |  | BHR | Chief religious official of the Islamic State (killed 2017) | الشرعي البارز في تنظيم الدولة الإسلامية (قتل 2017) |  |
Mohammed Emwazi | محمد إموازي | الجهادي جون |  |  | GBR | Islamic State executioner known as "Jihadi John" (killed 2015) | المعروف بالجهادي جون، منفذ عمليات الإعدام في تنظيم الدولة الإسلامية (قتل 2015) | Jihadi John |
Abu Bakr Shekau | أبو بكر شيكاو | أبو بكر شيكو |  | - | NGA | Leader of Boko Haram (2009-2021) (killed 2021) | زعيم جماعة بوكو حرام (2009-2021) (قتل 2021) | Abubakar Shekau |
Abu Musab al-Barnawi | أبو مصعب البرناوي |  |  | - | NGA | Leader of the Islamic State West Africa Province (2016-2019, 2021) | زعيم ولاية غرب أفريقيا التابعة لتنظيم الدولة الإسلامية | Habib Yusuf |
Osama bin Laden | أسامة بن لادن | أسامة بن محمد بن لادن / أسامة ابن لادن |  |  | SAU | Founder and leader of al-Qaeda (killed 2011) | مؤسس تنظيم القاعدة وزعيمه (قتل 2011) | Usama bin Laden |
Ayman al-Zawahiri | أيمن الظواهري | أيمن محمد ربيع الظواهري |  |  | EGY | Leader of al-Qaeda (2011-2022) (killed 2022) | زعيم تنظيم القاعدة (2011-2022) (قتل 2022) |  |
Saif al-Adel | سيف العدل | محمد صلاح الدين زيدان | - | - | EGY | Senior al-Qaeda leader, reported de facto leader since 2022 | القيادي البارز في تنظيم القاعدة وزعيمه الفعلي بحسب تقارير |  |
Hamza bin Laden | حمزة بن لادن | حمزة بن أسامة بن لادن |  |  | SAU | Son of Osama bin Laden, al-Qaeda figure (reported killed c. 2019) | نجل أسامة بن لادن والقيادي في تنظيم القاعدة |  |
Abu Yahya al-Libi | أبو يحيى الليبي |  | الليبي | - | LBY | Senior al-Qaeda leader (killed 2012) | القيادي البارز في تنظيم القاعدة (قتل 2012) |  |
Atiyah Abd al-Rahman | عطية عبد الرحمن | عطية الله الليبي / جمال إبراهيم اشتيوي المصراتي | - | عطية | LBY | Senior al-Qaeda leader (killed 2011) | القيادي البارز في تنظيم القاعدة (قتل 2011) | Atiyah Abd al-Rahman al-Libi | 
Abu Muhammad al-Masri | أبو محمد المصري | عبد الله أحمد عبد الله | المصري | - | EGY | Deputy leader of al-Qaeda (killed 2020) | نائب زعيم تنظيم القاعدة (قتل 2020) | Abdullah Ahmed Abdullah |
Abu al-Khayr al-Masri | أبو الخير المصري | عبد الله محمد رجب عبد الرحمن | المصري | - | EGY | Deputy leader of al-Qaeda (killed in Syria 2017) | نائب زعيم تنظيم القاعدة (قتل في سوريا 2017) |  |
Muhsin al-Fadhli | محسن الفضلي |  |  |  | KWT | Leader of al-Qaeda's "Khorasan group" in Syria (killed 2015) | قائد ما يعرف بجماعة خراسان التابعة للقاعدة في سوريا (قتل 2015) |  |
Abdelmalek Droukdel | عبد المالك دروكدال | أبو مصعب عبد الودود / عبد المالك درودكال |  |  | DZA | Leader of al-Qaeda in the Islamic Maghreb (2004-2020) (killed 2020) | زعيم تنظيم القاعدة في بلاد المغرب الإسلامي (2004-2020) (قتل 2020) | Abu Musab Abdel Wadoud |
Abu Ubaida Yusuf al-Annabi | أبو عبيدة يوسف العنابي | يزيد مبارك | العنابي | - | DZA | Leader of al-Qaeda in the Islamic Maghreb (2020-) | زعيم تنظيم القاعدة في بلاد المغرب الإسلامي (منذ 2020) | Yazid Mebarek |
Mokhtar Belmokhtar | مختار بلمختار | خالد أبو العباس |  |  | DZA | Leader of al-Mourabitoun | زعيم جماعة المرابطون | Khalid Abu al-Abbas |
Iyad Ag Ghaly | إياد أغ غالي | إياد آغ غالي | أغ غالي |  | MLI | Leader of Jama'at Nusrat al-Islam wal-Muslimin (2017-) and Ansar Dine | زعيم جماعة نصرة الإسلام والمسلمين وجماعة أنصار الدين | Iyad ag Ghali | 
Amadou Koufa | أمادو كوفا | أمادو كوفا |  |  | MLI | Leader of the Macina Liberation Front, deputy of JNIM | زعيم جبهة تحرير ماسينا، نائب زعيم جماعة نصرة الإسلام والمسلمين |  |
Abu Musab al-Suri | أبو مصعب السوري | مصطفى ست مريم نصار | السوري | - | SYR | Jihadist strategist and al-Qaeda ideologue | المنظر الجهادي في تنظيم القاعدة | Mustafa Setmariam Nasar |
Abu Muhammad al-Maqdisi | أبو محمد المقدسي | عاصم طاهر البرقاوي / عصام البرقاوي | المقدسي | - | JOR | Jordanian jihadist ideologue | المنظر الجهادي الأردني | Isam al-Barqawi |
Abu Qatada al-Filistini | أبو قتادة الفلسطيني | عمر محمود عثمان | - | - | JOR | Jordanian-Palestinian jihadist cleric, deported from the UK (2013) | الداعية الجهادي الأردني من أصل فلسطيني المرحل من بريطانيا (2013) | Omar Mahmoud Othman |
Abdullah Öcalan | عبد الله أوجلان |  |  |  | TUR | Founder and leader of the PKK, imprisoned in Turkey since 1999 | مؤسس حزب العمال الكردستاني وزعيمه، المسجون في تركيا منذ 1999 | Abdullah Ocalan |
Murat Karayılan | مراد قره يلان | مراد كارايلان / مراد قرايلان | قره يلان |  | TUR | Acting leader and military commander of the PKK | القائد العسكري لحزب العمال الكردستاني | Murat Karayilan | 
Cemil Bayık | جميل بايك |  |  |  | TUR | Co-chair of the executive council of the Kurdistan Communities Union (KCK) | الرئيس المشترك للهيئة التنفيذية لمنظومة المجتمع الكردستاني | Cemil Bayik |
Duran Kalkan | دوران كالكان |  |  |  | TUR | Senior PKK leader | القيادي البارز في حزب العمال الكردستاني |  |
Bese Hozat | بسي هوزات |  |  |  | TUR | Co-chair of the executive council of the Kurdistan Communities Union (KCK) | الرئيسة المشتركة للهيئة التنفيذية لمنظومة المجتمع الكردستاني |  |
Fehman Hüseyin | فهمان حسين | باهوز أردال / باهوز أردل | - | - | SYR | Senior PKK military commander known as Bahoz Erdal | القيادي العسكري في حزب العمال الكردستاني المعروف باسم باهوز أردال | Bahoz Erdal | 
`;

// Afghanistan and Pakistan, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Hamid Karzai | حامد كرزاي | حامد قرضاي |  |  | AFG | President of Afghanistan (2004-2014) | الرئيس الأفغاني (2004-2014) |  |
Ashraf Ghani | أشرف غني | محمد أشرف غني / أشرف غني أحمد زي |  |  | AFG | President of Afghanistan (2014-2021) | الرئيس الأفغاني (2014-2021) | Ashraf Ghani Ahmadzai |
Abdullah Abdullah | عبد الله عبد الله |  | - | - | AFG | Chief Executive of Afghanistan (2014-2020), head of the High Council for National Reconciliation (2020-2021) | الرئيس التنفيذي للحكومة الأفغانية (2014-2020)، رئيس المجلس الأعلى للمصالحة الوطنية |  |
Amrullah Saleh | أمر الله صالح | أمرالله صالح |  |  | AFG | First Vice President of Afghanistan (2020-2021), head of the National Directorate of Security (2004-2010) | النائب الأول للرئيس الأفغاني (2020-2021)، رئيس جهاز الاستخبارات الأفغاني (2004-2010) |  |
Hibatullah Akhundzada | هبة الله آخوند زاده | هبة الله أخوندزاده / هبة الله آخندزاده / الملا هبة الله آخوند زاده / مولوي هبة الله آخوند زاده | آخوند زاده | هبة الله | AFG | Supreme leader of the Taliban (2016-) | زعيم حركة طالبان (منذ 2016) | Haibatullah Akhundzada / Mawlawi Hibatullah | Q24237654
Mohammad Hasan Akhund | محمد حسن آخوند | الملا محمد حسن آخوند / الملا محمد حسن أخوند | آخوند | - | AFG | Prime Minister of the Taliban government of Afghanistan (2021-) | رئيس وزراء حكومة طالبان في أفغانستان (منذ 2021) | Mullah Mohammad Hassan Akhund |
Asif Ali Zardari | آصف علي زرداري | آصف زرداري |  |  | PAK | President of Pakistan (2008-2013, 2024-) | الرئيس الباكستاني (2008-2013، ومنذ 2024) |  |
Mamnoon Hussain | ممنون حسين |  |  |  | PAK | President of Pakistan (2013-2018) | الرئيس الباكستاني (2013-2018) |  |
Arif Alvi | عارف علوي |  |  |  | PAK | President of Pakistan (2018-2024) | الرئيس الباكستاني (2018-2024) |  |
Yousaf Raza Gillani | يوسف رضا جيلاني | يوسف رضا كيلاني / يوسف رضا غيلاني / يوسف رضا قيلاني | جيلاني |  | PAK | Prime Minister of Pakistan (2008-2012) | رئيس الوزراء الباكستاني (2008-2012) | Yusuf Raza Gilani |
Raja Pervaiz Ashraf | راجا برويز أشرف | رجا برويز أشرف |  | - | PAK | Prime Minister of Pakistan (2012-2013) | رئيس الوزراء الباكستاني (2012-2013) | Raja Pervez Ashraf |
Nawaz Sharif | نواز شريف | محمد نواز شريف |  |  | PAK | Prime Minister of Pakistan (1990-1993, 1997-1999, 2013-2017) | رئيس الوزراء الباكستاني (2013-2017) |  |
Shahid Khaqan Abbasi | شاهد خاقان عباسي |  |  |  | PAK | Prime Minister of Pakistan (2017-2018) | رئيس الوزراء الباكستاني (2017-2018) |  |
Imran Khan | عمران خان |  |  |  | PAK | Prime Minister of Pakistan (2018-2022) | رئيس الوزراء الباكستاني (2018-2022) |  |
Shehbaz Sharif | شهباز شريف |  |  |  | PAK | Prime Minister of Pakistan (2022-2023, 2024-) | رئيس الوزراء الباكستاني (2022-2023، ومنذ 2024) | Shahbaz Sharif |
Anwaar-ul-Haq Kakar | أنوار الحق كاكر |  |  |  | PAK | Caretaker Prime Minister of Pakistan (2023-2024) | رئيس الوزراء الباكستاني المؤقت (2023-2024) | Anwaar ul Haq Kakar |
Mir Hazar Khan Khoso | مير هزار خان خوسو |  |  |  | PAK | Caretaker Prime Minister of Pakistan (2013) | رئيس الوزراء الباكستاني المؤقت (2013) |  |
Nasirul Mulk | ناصر الملك |  | - | - | PAK | Caretaker Prime Minister of Pakistan (2018), Chief Justice (2014-2015) | رئيس الوزراء الباكستاني المؤقت (2018) |  |
Pervez Musharraf | برويز مشرف |  |  |  | PAK | President of Pakistan (2001-2008) (died 2023) | الرئيس الباكستاني الأسبق (2001-2008) |  |

## foreign and defence ministers
Zalmai Rassoul | زلماي رسول |  |  |  | AFG | Foreign Minister of Afghanistan (2010-2013) | وزير الخارجية الأفغاني (2010-2013) | Zalmay Rassoul |
Salahuddin Rabbani | صلاح الدين رباني | صلاح الدين الرباني |  |  | AFG | Foreign Minister of Afghanistan (2015-2019) | وزير الخارجية الأفغاني (2015-2019) |  |
Mohammad Haneef Atmar | حنيف أتمر | محمد حنيف أتمر / حنيف اتمر |  |  | AFG | Foreign Minister of Afghanistan (2020-2021) | وزير الخارجية الأفغاني (2020-2021) | Haneef Atmar / Hanif Atmar |
Amir Khan Muttaqi | أمير خان متقي |  |  | أمير خان | AFG | Foreign Minister of the Taliban government (2021-) | وزير خارجية حكومة طالبان (منذ 2021) | Amir Khan Mottaki |
Abdul Rahim Wardak | عبد الرحيم وردك |  |  |  | AFG | Defence Minister of Afghanistan (2004-2012) | وزير الدفاع الأفغاني (2004-2012) |  |
Bismillah Khan Mohammadi | بسم الله خان محمدي | بسم الله محمدي |  | بسم الله | AFG | Defence Minister of Afghanistan (2012-2015, 2021), Interior Minister (2010-2012) | وزير الدفاع الأفغاني (2012-2015، 2021) |  |
Masoom Stanekzai | محمد معصوم ستانكزي | معصوم ستانكزي |  |  | AFG | Acting Defence Minister (2015-2016), head of the National Directorate of Security (2016-2019) | القائم بأعمال وزير الدفاع الأفغاني (2015-2016)، رئيس جهاز الاستخبارات الأفغاني |  |
Tariq Shah Bahrami | طارق شاه بهرامي |  |  |  | AFG | Defence Minister of Afghanistan (2017-2019) | وزير الدفاع الأفغاني (2017-2019) |  |
Asadullah Khalid | أسد الله خالد |  |  |  | AFG | Defence Minister of Afghanistan (2019-2020), head of the National Directorate of Security (2012-2013) | وزير الدفاع الأفغاني (2019-2020) |  |
Mohammad Yaqoob | الملا محمد يعقوب | محمد يعقوب مجاهد / الملا يعقوب | - | - | AFG | Defence Minister of the Taliban government (2021-), son of Mullah Omar | وزير الدفاع في حكومة طالبان (منذ 2021)، نجل الملا عمر | Mullah Yaqoob / Mohammad Yaqoob Mujahid |
Shah Mehmood Qureshi | شاه محمود قريشي | شاه محمود قرشي |  | شاه محمود | PAK | Foreign Minister of Pakistan (2008-2011, 2018-2022) | وزير الخارجية الباكستاني (2008-2011، 2018-2022) | Shah Mahmood Qureshi |
Hina Rabbani Khar | حنا رباني خار | هينا رباني خار |  |  | PAK | Foreign Minister of Pakistan (2011-2013) | وزيرة الخارجية الباكستانية (2011-2013) |  |
Sartaj Aziz | سرتاج عزيز |  |  |  | PAK | Adviser to the Prime Minister on Foreign Affairs of Pakistan (2013-2017) | مستشار رئيس الوزراء الباكستاني للشؤون الخارجية (2013-2017) |  |
Khawaja Asif | خواجة آصف | خواجه آصف / خواجة محمد آصف |  |  | PAK | Defence Minister of Pakistan (2013-2017, 2022-2023, 2024-), Foreign Minister (2017-2018) | وزير الدفاع الباكستاني، وزير الخارجية (2017-2018) |  |
Khurram Dastgir Khan | خرم دستغير خان | خرم دستكير خان | دستغير |  | PAK | Defence Minister of Pakistan (2017-2018) | وزير الدفاع الباكستاني (2017-2018) |  | 
Pervez Khattak | برويز خطك |  |  |  | PAK | Defence Minister of Pakistan (2018-2022) | وزير الدفاع الباكستاني (2018-2022) |  |
Naveed Qamar | نويد قمر |  |  |  | PAK | Defence Minister of Pakistan (2012-2013) | وزير الدفاع الباكستاني (2012-2013) |  |
Bilawal Bhutto Zardari | بلاول بوتو زرداري | بيلاول بوتو زرداري / بلاول بهوتو زرداري | بوتو زرداري |  | PAK | Foreign Minister of Pakistan (2022-2023), chairman of the Pakistan Peoples Party | وزير الخارجية الباكستاني (2022-2023)، رئيس حزب الشعب الباكستاني |  |
Jalil Abbas Jilani | جليل عباس جيلاني |  |  |  | PAK | Caretaker Foreign Minister of Pakistan (2023-2024) | وزير الخارجية الباكستاني المؤقت (2023-2024) |  |
Ishaq Dar | إسحاق دار | اسحق دار |  |  | PAK | Foreign Minister (2024-) and Deputy Prime Minister of Pakistan | وزير الخارجية ونائب رئيس الوزراء الباكستاني (منذ 2024) |  |

## intelligence and military chiefs
Ashfaq Parvez Kayani | أشفاق برويز كياني | أشفاق كياني / اشفاق برويز كياني |  |  | PAK | Chief of Army Staff of Pakistan (2007-2013) | قائد الجيش الباكستاني (2007-2013) |  |
Raheel Sharif | راحيل شريف |  |  |  | PAK | Chief of Army Staff of Pakistan (2013-2016), commander of the Islamic Military Counter Terrorism Coalition (2017-) | قائد الجيش الباكستاني (2013-2016)، قائد التحالف الإسلامي العسكري لمحاربة الإرهاب |  |
Qamar Javed Bajwa | قمر جاويد باجوا | قمر جاويد باجوه |  |  | PAK | Chief of Army Staff of Pakistan (2016-2022) | قائد الجيش الباكستاني (2016-2022) |  |
Asim Munir | عاصم منير |  |  |  | PAK | Chief of Army Staff of Pakistan (2022-), Field Marshal | قائد الجيش الباكستاني (منذ 2022) |  |
Faiz Hameed | فيض حميد |  |  |  | PAK | Director-General of the Inter-Services Intelligence (ISI) (2019-2021) | رئيس جهاز الاستخبارات الباكستاني (2019-2021) |  |

## armed-group leaders
Mullah Omar | الملا محمد عمر | الملا عمر | - | - | AFG | Founder and leader of the Taliban (died 2013) | مؤسس حركة طالبان وزعيمها (توفي 2013) | Mohammad Omar |
Akhtar Mansour | أختر منصور | الملا أختر منصور / أختر محمد منصور / الملا أختر محمد منصور |  |  | AFG | Leader of the Taliban (2015-2016) | زعيم حركة طالبان (2015-2016) | Akhtar Mohammad Mansour |
Abdul Ghani Baradar | عبد الغني برادر | الملا عبد الغني برادر / الملا برادر |  |  | AFG | Taliban co-founder, deputy prime minister (2021-), head of the Doha political office (2019-2021) | الشريك المؤسس لحركة طالبان، نائب رئيس الوزراء في حكومتها (منذ 2021) | Mullah Baradar |
Sirajuddin Haqqani | سراج الدين حقاني |  |  |  | AFG | Leader of the Haqqani network, Taliban Interior Minister (2021-) | زعيم شبكة حقاني، وزير الداخلية في حكومة طالبان (منذ 2021) |  |
Jalaluddin Haqqani | جلال الدين حقاني |  |  |  | AFG | Founder of the Haqqani network (died 2018) | مؤسس شبكة حقاني (توفي 2018) |  |
Zabihullah Mujahid | ذبيح الله مجاهد |  |  |  | AFG | Spokesman of the Taliban | المتحدث باسم حركة طالبان |  |
Suhail Shaheen | سهيل شاهين |  |  |  | AFG | Spokesman of the Taliban political office in Doha | المتحدث باسم المكتب السياسي لحركة طالبان في الدوحة |  |
Sher Mohammad Abbas Stanikzai | شير محمد عباس ستانكزي | شير محمد ستانكزي / عباس ستانكزي |  | شير محمد | AFG | Taliban deputy foreign minister, chief negotiator in Doha | نائب وزير الخارجية في حكومة طالبان، كبير مفاوضي الحركة في الدوحة |  |
Gulbuddin Hekmatyar | قلب الدين حكمتيار | قلب الدين حكمت يار |  |  | AFG | Leader of Hezb-e Islami | زعيم الحزب الإسلامي الأفغاني |  |
Abdul Rashid Dostum | عبد الرشيد دوستم | عبد الرشيد دستم |  |  | AFG | Uzbek warlord, First Vice President of Afghanistan (2014-2020) | الزعيم الأوزبكي، النائب الأول للرئيس الأفغاني (2014-2020) |  |
Burhanuddin Rabbani | برهان الدين رباني | برهان الدين الرباني |  |  | AFG | President of Afghanistan (1992-2001), head of the High Peace Council (killed 2011) | الرئيس الأفغاني الأسبق، رئيس المجلس الأعلى للسلام (قتل 2011) |  |
Hakimullah Mehsud | حكيم الله محسود |  |  |  | PAK | Leader of the Pakistani Taliban (TTP) (2009-2013) | زعيم حركة طالبان باكستان (2009-2013) |  |
Mullah Fazlullah | الملا فضل الله | مولانا فضل الله | - | - | PAK | Leader of the Pakistani Taliban (TTP) (2013-2018) | زعيم حركة طالبان باكستان (2013-2018) | Maulana Fazlullah |
Noor Wali Mehsud | نور ولي محسود | مفتي نور ولي محسود |  |  | PAK | Leader of the Pakistani Taliban (TTP) (2018-) | زعيم حركة طالبان باكستان (منذ 2018) |  |
`;

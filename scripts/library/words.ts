/**
 * The words the synthetic library is written in: common English, so stemming, stop words and
 * gzip behave roughly as on real articles. Order matters (the generator draws by index).
 */
export const WORDS: readonly string[] = [
	...new Set(
		`
ability absence academy access account accused achieve acquire action activist actor adapt
address adviser affair agency agenda agreement airport alliance ambition analysis ancient
announce annual answer anxiety appeal approach archive argument army arrival article assembly
asset athlete attack attempt attention audience author autumn average award balance ballot
bank barrier battle beach behaviour belief benefit border bottle boundary branch bread bridge
budget building burden cabinet calendar campaign canal candidate capital captain career cargo
castle cattle ceasefire census century ceremony chamber champion channel chapter charity
chemical children circle citizen claim classroom climate clinic coalition coast collapse
college colony comment commerce committee community company compass complaint concert
conflict congress consent contract corridor cottage council country courage court crisis
critic crowd culture currency custom damage danger daughter debate decade decision defence
deficit delegate democracy deposit desert design detail device dialogue diplomat disaster
discovery disease dispute distance district doctor document domain donation drought economy
editor education effort election embassy emergency empire energy engine engineer episode
equality estate evidence exchange exhibit exile expert export factory faith family farmer
festival fiction figure finance fishing flood forest fortune forum founder freedom frontier
fuel funding garden gateway generation glacier government governor granite guardian harbour
harvest health heritage highway history holiday hospital household housing hunger identity
impact import income industry inflation inquiry insect island journal journey judge justice
kingdom kitchen labour landscape language launch lawyer leader league legacy library licence
literacy livestock lobby machine magazine majority manager market meadow measure medicine
member memory merchant message method migrant mineral minister minority mission monument
mountain museum music narrative nation network newspaper novel ocean office orchard outbreak
palace parade parliament partner passenger patient pension pilgrim pioneer planet platform
poetry police policy pollution population port poverty prairie premier president pressure
prison profit project protest province publisher quarry question railway rainfall reform
refugee region republic research reserve resident resource revenue revolution river rocket
sailor satellite scandal scholar science season secretary senate settlement shelter shortage
signal soldier species stadium statue strategy stream student summit supply surgeon survey
tariff teacher temple tenant territory theatre threat timber tourism tower trade tradition
traffic treaty tribunal tunnel union university valley vessel veteran victory village
volunteer voyage warehouse welfare wetland wildlife witness worker
abandon accept adopt allow argue arrange assess balance begin borrow build capture celebrate
challenge change collect combine compete confirm connect consider construct continue cover
create debate declare defend deliver describe develop discover divide double educate elect
employ encourage endure enter escape establish examine expand explain explore export extend
finish follow gather govern grow guide harvest imagine improve include increase inform invest
invite join launch limit maintain manage measure mention move negotiate notice observe obtain
offer open organise oppose persuade plant predict prepare present preserve prevent produce
promise protect prove publish question raise reach recall receive record reduce reflect
refuse remain remember remove repair replace report request rescue resist respond restore
return reveal review reward sail settle share shift support survive sustain teach tolerate
trade train travel treat unite visit vote wander warn welcome wonder
able active ancient annual anxious bitter bold brief bright broad calm careful central civil
classic coastal cold colourful common complex constant costly crowded curious dark distant
domestic dramatic dry eager early eastern elderly empty entire equal essential ethnic exact
familiar famous fertile final foreign formal fragile frequent fresh friendly gentle global
golden gradual grand grateful heavy hidden honest huge humble hungry independent informal
junior large lasting lively local lonely loyal major massive mature medical mental mild
military minor modern modest narrow national native natural nervous noble northern nuclear
official open ordinary patient peaceful popular positive powerful practical precious private
proud public quiet rapid rare recent regional remote rich rural sacred secure senior serious
severe sharp silent simple smooth social solid southern spare stable steady strict strong
sudden tender thin tidy tiny total tropical typical urban vast visible vital warm wealthy
western wild wise young
`
			.split(/\s+/)
			.filter(Boolean)
	)
];

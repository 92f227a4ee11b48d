# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00)\x86\
#\
 SmartAlex Billi\
ng\x0a\x0aHow billing \
works in SmartAl\
ex Desktop, and \
where each thing\
 is in this app.\
 It is built int\
o the\x0aapp, so yo\
u can read it of\
fline. Names in \
bold are the app\
's own tabs, men\
us and buttons: \
**Wallet\x0a\xe2\x86\x92 Add\
 Credits\xe2\x80\xa6** me\
ans the Add Cred\
its\xe2\x80\xa6 button on\
 the Wallet tab.\
\x0a\x0a## Your plan\x0a\x0a\
### What you pay\
 and when\x0a\x0aThe *\
*Plan** tab show\
s your plan, its\
 monthly price, \
the features inc\
luded in it, and\
 when it\x0arenews \
with what the re\
newal will charg\
e: the plan's pr\
ice, the phone n\
umbers on your a\
ccount and\x0atax, \
if your account \
has a tax rate. \
Hover over the r\
enewal line to s\
ee it itemised.\x0a\
\x0aYour plan renew\
s every month on\
 the anniversary\
 of your signup \
date (a signup o\
n the 31st renew\
s\x0aon the last da\
y of shorter mon\
ths). The renewa\
l is charged to \
your default car\
d.\x0a\x0a### Changing\
 plans\x0a\x0a1. Go to\
 **Plan \xe2\x86\x92 Chan\
ge Plan\xe2\x80\xa6**\x0a2. \
Choose a plan. B\
efore anything c\
hanges you see w\
hat is charged n\
ow, from when th\
e change\x0a   appl\
ies, whether you\
r usage fits the\
 new allowance a\
t your current p\
ace, and any fea\
tures you\x0a   wou\
ld lose.\x0a3. Conf\
irm.\x0a\x0a- A dearer\
 plan starts at \
once. You are ch\
arged the price \
difference for t\
he rest of the c\
urrent\x0a  period,\
 on a plan chang\
e invoice, and t\
he new allowance\
 counts for the \
whole period.\x0a- \
A cheaper plan s\
tarts at your ne\
xt renewal. Unti\
l then you can u\
ndo it with **Pl\
an \xe2\x86\x92 Keep My\x0a \
 Plan**.\x0a- A pla\
n at the same pr\
ice changes at o\
nce, at no charg\
e.\x0a\x0a### Cancelli\
ng\x0a\x0a1. Go to **P\
lan \xe2\x86\x92 Cancel S\
ubscription\xe2\x80\xa6**\
\x0a2. Tell us why \
(the comment is \
optional) and pr\
ess **Next**.\x0a3.\
 Press **Cancel \
Subscription** t\
o confirm, or **\
Keep My Subscrip\
tion** to go bac\
k.\x0a\x0aYour plan st\
ays active until\
 the end of the \
current period, \
and you can chan\
ge your mind unt\
il\x0athen with **P\
lan \xe2\x86\x92 Resume S\
ubscription**. S\
ubscriptions are\
 not refunded. W\
hen the period e\
nds,\x0aSmartAlex s\
tops answering c\
alls, charges a \
final invoice fo\
r any usage not \
yet billed to yo\
ur card,\x0aand nev\
er renews or top\
s up your Wallet\
 again. Your Wal\
let credits stay\
 with your accou\
nt.\x0a\x0a### Annual \
billing\x0a\x0aAnnual \
billing is arran\
ged with SmartAl\
ex's sales team:\
 **Help \xe2\x86\x92 Annu\
al Billing: Cont\
act Sales\xe2\x80\xa6**,\x0a\
or the link at t\
he bottom of the\
 **Plan** tab.\x0a\x0a\
## Payment metho\
ds\x0a\x0a### Adding a\
 card\x0a\x0a1. Go to \
**Payment Method\
s \xe2\x86\x92 Add Card\xe2\x80\
\xa6**\x0a2. SmartAlex\
's secure card p\
age opens in you\
r browser. Enter\
 the card there;\
 your bank may a\
sk you\x0a   to con\
firm it.\x0a3. Back\
 in the app, the\
 card appears un\
der **Cards on f\
ile**.\x0a\x0aSmartAle\
x takes Visa, Ma\
stercard, Americ\
an Express and D\
iscover. The car\
d number goes st\
raight\x0afrom your\
 browser to Stri\
pe, SmartAlex's \
payment processo\
r: this app neve\
r sees it, and S\
martAlex\x0akeeps o\
nly the brand, t\
he last 4 digits\
 and the expiry \
date. The same c\
ard is not saved\
 twice.\x0a\x0a### You\
r default card\x0a\x0a\
The first card y\
ou add becomes y\
our default. The\
 default card pa\
ys:\x0a\x0a- your plan\
's renewals and \
upgrades,\x0a- usag\
e charged to you\
r card (see Usag\
e and overage be\
low),\x0a- automati\
c Wallet top-ups\
, unless you cho\
se another card \
for them.\x0a\x0aTo ma\
ke another card \
the default, ope\
n the card's men\
u (the button wi\
th three dots at\
 the end of\x0aits \
row) on the **Pa\
yment Methods** \
tab and choose *\
*Make Default**.\
\x0a\x0a### Removing a\
 card\x0a\x0aOpen the \
card's menu on t\
he **Payment Met\
hods** tab and c\
hoose **Remove\xe2\x80\
\xa6**. Your only c\
ard can't be\x0arem\
oved while your \
plan is running \
(even when it is\
 set to cancel a\
t the period's e\
nd): add a new\x0ac\
ard first, then \
remove the old o\
ne. When you rem\
ove your default\
 card, the most \
recently added\x0ar\
emaining card be\
comes the defaul\
t, and the app s\
ays which.\x0a\x0a## I\
nvoices and rece\
ipts\x0a\x0a### Findin\
g an invoice\x0a\x0aTh\
e **Invoices** t\
ab lists every i\
nvoice, newest f\
irst. **Search**\
, **Year**, **St\
atus** and\x0a**Typ\
e** narrow the l\
ist; **Clear Fil\
ters** shows all\
 of them again. \
Choose an invoic\
e to see its\x0aite\
ms, its payments\
 and its receipt\
 beside the list\
.\x0a\x0aFrom there, *\
*Download PDF\xe2\x80\xa6\
** saves it, **V\
iew PDF** shows \
it in the app (w\
here **Save a Co\
py\xe2\x80\xa6**\x0aand **Pr\
int\xe2\x80\xa6** are), a\
nd **Open in PDF\
 App** opens it \
in your computer\
's PDF reader. I\
nvoices you\x0adown\
loaded can be re\
ad without a con\
nection.\x0a\x0a### Wh\
at each invoice \
is for\x0a\x0aThe **Ty\
pe** column says\
 which of these \
an invoice is:\x0a\x0a\
\x0a- *Renewal*: th\
e new period of \
your plan, your \
phone numbers, u\
sage from the\x0a  \
closing period t\
hat was charged \
to your card and\
 not yet invoice\
d, and tax.\x0a- *P\
lan change*: the\
 price differenc\
e of an upgrade,\
 for the rest of\
 the period.\x0a- *\
Usage*: usage ch\
arged to your ca\
rd, as soon as i\
t reaches $10.00\
 during the mont\
h.\x0a- *Wallet top\
-up*: credits yo\
u added, plus ta\
x.\x0a- *Final*: af\
ter a cancellati\
on, usage not ye\
t billed to your\
 card.\x0a- *Credit\
 note*: a refund\
; its amount is \
negative.\x0a\x0aUsage\
 paid from your \
Wallet is on no \
invoice: it is i\
n **Wallet \xe2\x86\x92 T\
ransactions**.\x0a\x0a\
### Paying an in\
voice that faile\
d\x0a\x0aWhen a renewa\
l can't be charg\
ed (a declined c\
ard, or a bank t\
hat wants you to\
 confirm), servi\
ce\x0agoes on and S\
martAlex tries y\
our default card\
 again 3 and 7 d\
ays later. To pa\
y it yourself wi\
th any\x0aof your c\
ards, use **Plan\
 \xe2\x86\x92 Pay Now\xe2\x80\xa6*\
*, or choose the\
 invoice and pre\
ss **Invoices \xe2\x86\
\x92 Pay Now\xe2\x80\xa6**.\x0a\
\x0a### Receipts\x0a\x0aS\
martAlex emails \
a receipt for ev\
ery payment to y\
our sign-in emai\
l. To keep a cop\
y, choose the pa\
id\x0ainvoice on th\
e **Invoices** t\
ab and press **S\
ave Receipt\xe2\x80\xa6**\
.\x0a\x0a### For your \
accountant\x0a\x0a**In\
voices \xe2\x86\x92 Expor\
t\xe2\x80\xa6** saves the\
 invoices you ch\
oose (the select\
ed ones, a year,\
 or all of them)\
\x0aas PDF files wi\
th a summary tab\
le, invoices.csv\
, that opens in \
a spreadsheet, a\
nd a zip file to\
\x0asend in one att\
achment if you l\
ike. Credit note\
s are negative i\
n invoices.csv, \
as in the app, s\
o\x0athe column add\
s up to what you\
 spent.\x0a\x0aYour pr\
actice's name, a\
ddress and tax I\
D are printed on\
 invoices and re\
ceipts: change t\
hem in\x0a**Account\
 \xe2\x86\x92 Account Set\
tings\xe2\x80\xa6 \xe2\x86\x92 Pra\
ctice**. Invoice\
s and receipts g\
o to your sign-i\
n email, which\x0ay\
ou change on the\
 **Sign-in Email\
** page there.\x0a\x0a\
## Wallet\x0a\x0aThe W\
allet is prepaid\
 credit for minu\
tes past your pl\
an's included mi\
nutes. Credits n\
ever expire.\x0a\x0a##\
# Adding credits\
\x0a\x0a1. Go to **Wal\
let \xe2\x86\x92 Add Cred\
its\xe2\x80\xa6**\x0a2. Ente\
r an amount from\
 $10.00 to $1,00\
0.00 and choose \
the card to pay \
with.\x0a3. Confirm\
. The card is ch\
arged the amount\
 plus tax; the c\
redits are in yo\
ur Wallet as soo\
n as the\x0a   char\
ge goes through.\
\x0a\x0a### Low-balanc\
e alert\x0a\x0aEnter a\
n amount in **Al\
ert me when the \
balance falls be\
low** on the **W\
allet** tab and \
press\x0a**Save**: \
SmartAlex Deskto\
p tells you (in \
the system tray,\
 or in the windo\
w) when a call l\
eaves the\x0abalanc\
e below it. With\
 auto top-up on,\
 an alert at or \
below the auto t\
op-up threshold \
never comes,\x0asin\
ce the top-up ha\
ppens first; the\
 app says so bes\
ide the field.\x0a\x0a\
### Auto top-up\x0a\
\x0a**Wallet \xe2\x86\x92 Ed\
it Auto Top-Up\xe2\x80\
\xa6** adds credits\
 by itself when \
a call leaves th\
e balance below \
an\x0aamount you ch\
oose:\x0a\x0a| Setting\
 | What it does \
|\x0a|---|---|\x0a| Wh\
en the balance f\
alls below | The\
 balance that st\
arts a top-up |\x0a\
| Add this much \
| The credits ad\
ded each time |\x0a\
| Charge | The c\
ard it charges (\
your default car\
d unless you cho\
ose another) |\x0a|\
 Limit each bill\
ing period to | \
The most it adds\
 in one billing \
period (optional\
) |\x0a\x0aAfter a can\
cellation takes \
effect, auto top\
-up never charge\
s again.\x0a\x0a### Tr\
ansactions and s\
tatements\x0a\x0a**Wal\
let \xe2\x86\x92 Transact\
ions** lists eve\
ry top-up, call \
charge and refun\
d with the balan\
ce after it;\x0a**T\
op-Ups and Refun\
ds** lists your \
top-ups. **Save \
Statement PDF\xe2\x80\xa6\
** saves the Wal\
let between two\x0a\
days you choose,\
 with the openin\
g and closing ba\
lances.\x0a\x0a### Ref\
unds\x0a\x0aYou can re\
fund Wallet cred\
its yourself, wi\
thin 30 days of \
the top-up, as l\
ong as they are \
unused:\x0a\x0a1. Go t\
o **Wallet \xe2\x86\x92 T\
op-Ups and Refun\
ds** and choose \
the top-up.\x0a2. P\
ress **Request R\
efund\xe2\x80\xa6** and c\
onfirm.\x0a\x0aThe who\
le charge, tax i\
ncluded, goes ba\
ck to the card t\
hat paid for it,\
 even if you hav\
e removed\x0athat c\
ard since. A cre\
dit note for the\
 refund appears \
on the **Invoice\
s** tab; your ba\
nk may take a\x0afe\
w days to show t\
he money. Subscr\
iptions are not \
refunded.\x0a\x0a## Us\
age and overage\x0a\
\x0a### Rates\x0a\x0aUsag\
e is measured in\
 minutes; each c\
all is rounded u\
p to the whole m\
inute.\x0a\x0a| Call t\
ype | Cost per m\
inute past the a\
llowance |\x0a|---|\
---|\x0a| Inbound c\
alls | $0.11 |\x0a|\
 Outbound calls \
| $0.11 |\x0a| Webs\
ite calls | $0.0\
8 |\x0a\x0a### Include\
d minutes\x0a\x0a| Pla\
n | Included min\
utes each month \
|\x0a|---|---|\x0a| Pr\
ofessional | 100\
 |\x0a| Dental | 30\
0 |\x0a| Real Estat\
e | 300 |\x0a\x0aCalls\
 use the include\
d minutes in the\
 order they end,\
 whatever their \
type.\x0a\x0a### Overa\
ge\x0a\x0aMinutes past\
 your allowance \
cost the call ty\
pe's rate. The c\
ost is taken fro\
m your Wallet at\
 once.\x0aIf the Wa\
llet runs out, t\
he rest is charg\
ed to your defau\
lt card: on a us\
age invoice once\
 it\x0areaches $10.\
00, and what is \
left on your nex\
t renewal. Your \
service is never\
 interrupted and\
 your\x0aWallet nev\
er goes below $0\
.00.\x0a\x0a### Follow\
ing your usage\x0a\x0a\
The **Usage** ta\
b shows the minu\
tes used and rem\
aining this peri\
od, where your p\
ace takes you by\
\x0athe period's en\
d and what that \
would cost, the \
cost by call typ\
e, the minutes p\
er day (**Show\x0aM\
inutes as Table*\
* for the figure\
s) and each call\
 on the **Calls*\
* page. **Previo\
us** and **Next*\
*\x0astep through e\
arlier periods. \
**Save Report PD\
F\xe2\x80\xa6** saves the\
 period shown as\
 a report with i\
ts\x0acalls; an ear\
lier period's re\
port also says h\
ow its overage w\
as paid (from th\
e Wallet or char\
ged\x0ato your card\
).\x0a\x0aSmartAlex De\
sktop checks you\
r usage in the b\
ackground and te\
lls you when you\
 are heading pas\
t your\x0aallowance\
; choose what it\
 tells you in **\
View \xe2\x86\x92 Notific\
ations and Tray\xe2\
\x80\xa6**.\x0a\x0a## Questi\
ons\x0a\x0a### When am\
 I charged?\x0a\x0aOn \
your plan's rene\
wal day each mon\
th, for your pla\
n, phone numbers\
 and any usage s\
till to be\x0acharg\
ed to your card.\
 Upgrades are ch\
arged when you m\
ake them, Wallet\
 top-ups when yo\
u add them or\x0awh\
en auto top-up d\
oes, and usage c\
harged to your c\
ard as soon as i\
t reaches $10.00\
.\x0a\x0a### Can I get\
 a refund?\x0a\x0aWall\
et credits: yes,\
 yourself, withi\
n 30 days of the\
 top-up if they \
are unused; see \
Refunds under\x0aWa\
llet. Subscripti\
ons are not refu\
nded.\x0a\x0a### How d\
o I change where\
 invoices are se\
nt?\x0a\x0aInvoices an\
d receipts go to\
 your sign-in em\
ail. Change it i\
n **Account \xe2\x86\x92 \
Account Settings\
\xe2\x80\xa6 \xe2\x86\x92\x0aSign-in \
Email**.\x0a\x0a### Wh\
o sets the tax o\
n my invoices?\x0a\x0a\
SmartAlex sets y\
our account's ta\
x rate; you can \
see it in **Acco\
unt \xe2\x86\x92 Account \
Settings\xe2\x80\xa6 \xe2\x86\x92\x0a\
Practice**. It a\
pplies to your p\
lan, phone numbe\
rs, usage charge\
d to your card a\
nd Wallet top-up\
s.\x0a\x0a### Is my pa\
yment informatio\
n secure?\x0a\x0aYes. \
Cards are entere\
d on SmartAlex's\
 card page in yo\
ur browser and g\
o straight to St\
ripe; this app\x0an\
ever sees a card\
 number, and Sma\
rtAlex keeps onl\
y the brand, the\
 last 4 digits a\
nd the expiry.\x0a\x0a\
### Do you offer\
 annual billing?\
\x0a\x0aYes, through S\
martAlex's sales\
 team: **Help \xe2\x86\
\x92 Annual Billing\
: Contact Sales\xe2\
\x80\xa6**\x0a\
\x00\x00\x01\x0a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x2210\x22\
/>\x0a  <path d=\x22M1\
2 7v5\x22/>\x0a  <path\
 d=\x22M12 16h.01\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01@\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2248\
\x22 height=\x2232\x22 vi\
ewBox=\x220 0 48 32\
\x22>\x0a  <rect x=\x221\x22\
 y=\x221\x22 width=\x2246\
\x22 height=\x2230\x22 rx\
=\x223\x22 fill=\x22#F2F2\
F2\x22 stroke=\x22#8A8\
A8A\x22 stroke-widt\
h=\x222\x22/>\x0a  <rect \
x=\x222\x22 y=\x227\x22 widt\
h=\x2244\x22 height=\x225\
\x22 fill=\x22#8A8A8A\x22\
/>\x0a  <rect x=\x226\x22\
 y=\x2218\x22 width=\x221\
4\x22 height=\x223\x22 rx\
=\x221.5\x22 fill=\x22#8A\
8A8A\x22/>\x0a</svg>\x0a\
\x00\x00\x01O\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M4 12\
a8 8 0 0 1 13.66\
-5.66L20 8.5\x22/>\x0a\
  <path d=\x22M20 3\
.5v5h-5\x22/>\x0a  <pa\
th d=\x22M20 12a8 8\
 0 0 1-13.66 5.6\
6L4 15.5\x22/>\x0a  <p\
ath d=\x22M4 20.5v-\
5h5\x22/>\x0a</svg>\x0a\
\x00\x00\x01,\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x2210\x22\
/>\x0a  <path d=\x22M9\
.1 9a3 3 0 0 1 5\
.83 1c0 2-2.93 3\
-2.93 3\x22/>\x0a  <pa\
th d=\x22M12 17h.01\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x22\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M9 21\
H5a2 2 0 0 1-2-2\
V5a2 2 0 0 1 2-2\
h4\x22/>\x0a  <path d=\
\x22m16 17 5-5-5-5\x22\
/>\x0a  <path d=\x22M2\
1 12H9\x22/>\x0a</svg>\
\x0a\
\x00\x00\x025\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2248\
\x22 height=\x2232\x22 vi\
ewBox=\x220 0 48 32\
\x22>\x0a  <rect x=\x220.\
5\x22 y=\x220.5\x22 width\
=\x2247\x22 height=\x2231\
\x22 rx=\x223.5\x22 fill=\
\x22#FFFFFF\x22 stroke\
=\x22#C8C8C8\x22/>\x0a  <\
text x=\x2221\x22 y=\x221\
8.5\x22 text-anchor\
=\x22end\x22 font-fami\
ly=\x22Arial\x22 font-\
size=\x227\x22 font-we\
ight=\x22bold\x22 fill\
=\x22#231F20\x22>DISC<\
/text>\x0a  <circle\
 cx=\x2225\x22 cy=\x2216\x22\
 r=\x223.5\x22 fill=\x22#\
FF6000\x22/>\x0a  <tex\
t x=\x2229\x22 y=\x2218.5\
\x22 text-anchor=\x22s\
tart\x22 font-famil\
y=\x22Arial\x22 font-s\
ize=\x227\x22 font-wei\
ght=\x22bold\x22 fill=\
\x22#231F20\x22>VER</t\
ext>\x0a  <path d=\x22\
M0.5 26h47v2a3.5\
 3.5 0 0 1-3.5 3\
.5H4A3.5 3.5 0 0\
 1 0.5 28z\x22 fill\
=\x22#FF6000\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x02\xa1\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2225\
6\x22 height=\x22256\x22 \
viewBox=\x220 0 256\
 256\x22>\x0a  <defs>\x0a\
    <linearGradi\
ent id=\x22tile\x22 gr\
adientUnits=\x22use\
rSpaceOnUse\x22 x1=\
\x220\x22 y1=\x220\x22 x2=\x222\
56\x22 y2=\x22256\x22>\x0a  \
    <stop offset\
=\x220\x22 stop-color=\
\x22#14B8A6\x22/>\x0a    \
  <stop offset=\x22\
1\x22 stop-color=\x22#\
2563EB\x22/>\x0a    </\
linearGradient>\x0a\
  </defs>\x0a  <rec\
t x=\x220\x22 y=\x220\x22 wi\
dth=\x22256\x22 height\
=\x22256\x22 rx=\x2256\x22 f\
ill=\x22url(#tile)\x22\
/>\x0a  <path d=\x22M8\
4 44h88a36 36 0 \
0 1 36 36v56a36 \
36 0 0 1-36 36h-\
58l-40 34 10-34a\
36 36 0 0 1-36-3\
6V80a36 36 0 0 1\
 36-36z\x22 fill=\x22#\
FFFFFF\x22/>\x0a  <pat\
h d=\x22M94 150 128\
 70l34 80M105 12\
4h46\x22 fill=\x22none\
\x22 stroke=\x22url(#t\
ile)\x22 stroke-wid\
th=\x2220\x22 stroke-l\
inecap=\x22round\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01\x0b\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x2210\x22\
/>\x0a  <path d=\x22M1\
2 16v-5\x22/>\x0a  <pa\
th d=\x22M12 8h.01\x22\
/>\x0a</svg>\x0a\
\x00\x00\x00\xf7\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x2212\x22 r=\x226\x22 \
fill=\x22#000000\x22 s\
troke=\x22none\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01\x19\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <rect x=\x222\x22 y=\
\x225\x22 width=\x2220\x22 h\
eight=\x2214\x22 rx=\x222\
\x22/>\x0a  <path d=\x22M\
2 10h20\x22/>\x0a  <pa\
th d=\x22M6 15h4\x22/>\
\x0a</svg>\x0a\
\x00\x00\x00\xea\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M18 6\
 6 18\x22/>\x0a  <path\
 d=\x22m6 6 12 12\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01Z\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M14 2\
H6a2 2 0 0 0-2 2\
v16a2 2 0 0 0 2 \
2h12a2 2 0 0 0 2\
-2V8z\x22/>\x0a  <path\
 d=\x22M14 2v6h6\x22/>\
\x0a  <path d=\x22M8 9\
h2\x22/>\x0a  <path d=\
\x22M8 13h8\x22/>\x0a  <p\
ath d=\x22M8 17h8\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01\x17\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M12 2\
 2 7l10 5 10-5z\x22\
/>\x0a  <path d=\x22m2\
 12 10 5 10-5\x22/>\
\x0a  <path d=\x22m2 1\
7 10 5 10-5\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01L\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2248\
\x22 height=\x2232\x22 vi\
ewBox=\x220 0 48 32\
\x22>\x0a  <rect x=\x220\x22\
 y=\x220\x22 width=\x2248\
\x22 height=\x2232\x22 rx\
=\x224\x22 fill=\x22#2525\
25\x22/>\x0a  <circle \
cx=\x2219\x22 cy=\x2216\x22 \
r=\x229\x22 fill=\x22#EB0\
01B\x22/>\x0a  <circle\
 cx=\x2229\x22 cy=\x2216\x22\
 r=\x229\x22 fill=\x22#F7\
9E1B\x22/>\x0a  <path \
d=\x22M24 8.52A9 9 \
0 0 1 24 23.48 9\
 9 0 0 1 24 8.52\
z\x22 fill=\x22#FF5F00\
\x22/>\x0a</svg>\x0a\
\x00\x00\x015\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path fill=\x22#0\
00000\x22 d=\x22M12 2.\
5l2.94 5.96 6.58\
.96-4.76 4.64 1.\
12 6.55L12 17.52\
l-5.88 3.09 1.12\
-6.55-4.76-4.64 \
6.58-.96z\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x00\xe6\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M12 5\
v14\x22/>\x0a  <path d\
=\x22M5 12h14\x22/>\x0a</\
svg>\x0a\
\x00\x00\x00\xd6\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M20 6\
 9 17l-5-5\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\x1c\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2248\
\x22 height=\x2232\x22 vi\
ewBox=\x220 0 48 32\
\x22>\x0a  <rect x=\x220\x22\
 y=\x220\x22 width=\x2248\
\x22 height=\x2232\x22 rx\
=\x224\x22 fill=\x22#2E77\
BC\x22/>\x0a  <text x=\
\x2224\x22 y=\x2220.5\x22 te\
xt-anchor=\x22middl\
e\x22 font-family=\x22\
Arial\x22 font-size\
=\x2211\x22 font-weigh\
t=\x22bold\x22 fill=\x22#\
FFFFFF\x22>AMEX</te\
xt>\x0a</svg>\x0a\
\x00\x00\x01\x1d\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x225\x22 r=\x221\x22/>\
\x0a  <circle cx=\x221\
2\x22 cy=\x2212\x22 r=\x221\x22\
/>\x0a  <circle cx=\
\x2212\x22 cy=\x2219\x22 r=\x22\
1\x22/>\x0a</svg>\x0a\
\x00\x00\x01.\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2248\
\x22 height=\x2232\x22 vi\
ewBox=\x220 0 48 32\
\x22>\x0a  <rect x=\x220\x22\
 y=\x220\x22 width=\x2248\
\x22 height=\x2232\x22 rx\
=\x224\x22 fill=\x22#1A1F\
71\x22/>\x0a  <text x=\
\x2224\x22 y=\x2221\x22 text\
-anchor=\x22middle\x22\
 font-family=\x22Ar\
ial\x22 font-size=\x22\
13\x22 font-weight=\
\x22bold\x22 font-styl\
e=\x22italic\x22 fill=\
\x22#FFFFFF\x22>VISA</\
text>\x0a</svg>\x0a\
\x00\x00\x01`\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M5.78\
 5.78A7 7 0 0 0 \
9 19h8.5a4.5 4.5\
 0 0 0 1.31-.19\x22\
/>\x0a  <path d=\x22M2\
1.93 15.28A4.5 4\
.5 0 0 0 17.5 10\
h-1.79A7 7 0 0 0\
 10.22 5.11\x22/>\x0a \
 <path d=\x22m2 2 2\
0 20\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xfc\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x228\x22 r=\x224\x22/>\
\x0a  <path d=\x22M4 2\
1a8 8 0 0 1 16 0\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01N\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M10.2\
9 3.86 1.82 18a2\
 2 0 0 0 1.71 3h\
16.94a2 2 0 0 0 \
1.71-3L13.71 3.8\
6a2 2 0 0 0-3.42\
 0z\x22/>\x0a  <path d\
=\x22M12 9v4\x22/>\x0a  <\
path d=\x22M12 17h.\
01\x22/>\x0a</svg>\x0a\
\x00\x00\x01S\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M20 1\
2V8a2 2 0 0 0-2-\
2H5a2 2 0 0 1 0-\
4h12v4\x22/>\x0a  <pat\
h d=\x22M3 4v15a2 2\
 0 0 0 2 2h13a2 \
2 0 0 0 2-2v-3\x22/\
>\x0a  <path d=\x22M21\
 12h-4a2 2 0 0 0\
 0 4h4z\x22/>\x0a</svg\
>\x0a\
\x00\x00\x01\x17\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M3 3v\
18h18\x22/>\x0a  <path\
 d=\x22M8 17v-4\x22/>\x0a\
  <path d=\x22M13 1\
7V7\x22/>\x0a  <path d\
=\x22M18 17v-7\x22/>\x0a<\
/svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x04\
\x00\x06\xec0\
\x00h\
\x00e\x00l\x00p\
\x00\x0e\
\x03\xaeV\xb4\
\x00b\
\x00i\x00l\x00l\x00i\x00n\x00g\x00-\x00f\x00a\x00q\x00.\x00m\x00d\
\x00\x09\
\x09e\x83\xe7\
\x00e\
\x00r\x00r\x00o\x00r\x00.\x00s\x00v\x00g\
\x00\x11\
\x03\xd7\xdfG\
\x00b\
\x00r\x00a\x00n\x00d\x00_\x00u\x00n\x00k\x00n\x00o\x00w\x00n\x00.\x00s\x00v\x00g\
\
\x00\x0b\
\x0cj!\xc7\
\x00r\
\x00e\x00f\x00r\x00e\x00s\x00h\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c3W\x07\
\x00h\
\x00e\x00l\x00p\x00.\x00s\x00v\x00g\
\x00\x0c\
\x09\xf8\x92\x07\
\x00s\
\x00i\x00g\x00n\x00_\x00o\x00u\x00t\x00.\x00s\x00v\x00g\
\x00\x12\
\x0d\xc6|\xa7\
\x00b\
\x00r\x00a\x00n\x00d\x00_\x00d\x00i\x00s\x00c\x00o\x00v\x00e\x00r\x00.\x00s\x00v\
\x00g\
\x00\x0d\
\x06\xbao\xa7\
\x00s\
\x00m\x00a\x00r\x00t\x00a\x00l\x00e\x00x\x00.\x00s\x00v\x00g\
\x00\x08\
\x04\xd2T\xc7\
\x00i\
\x00n\x00f\x00o\x00.\x00s\x00v\x00g\
\x00\x0a\
\x00J\x90\xa7\
\x00o\
\x00n\x00l\x00i\x00n\x00e\x00.\x00s\x00v\x00g\
\x00\x08\
\x08\x87W\xe7\
\x00c\
\x00a\x00r\x00d\x00.\x00s\x00v\x00g\
\x00\x09\
\x06\x98\x8e\xa7\
\x00c\
\x00l\x00o\x00s\x00e\x00.\x00s\x00v\x00g\
\x00\x0b\
\x0fx\xe0g\
\x00i\
\x00n\x00v\x00o\x00i\x00c\x00e\x00.\x00s\x00v\x00g\
\x00\x08\
\x02\x81T'\
\x00p\
\x00l\x00a\x00n\x00.\x00s\x00v\x00g\
\x00\x14\
\x0b\xc0g\xc7\
\x00b\
\x00r\x00a\x00n\x00d\x00_\x00m\x00a\x00s\x00t\x00e\x00r\x00c\x00a\x00r\x00d\x00.\
\x00s\x00v\x00g\
\x00\x08\
\x0a\x85U\x87\
\x00s\
\x00t\x00a\x00r\x00.\x00s\x00v\x00g\
\x00\x07\
\x07\xa7Z\x07\
\x00a\
\x00d\x00d\x00.\x00s\x00v\x00g\
\x00\x09\
\x0b\x9e\x89\x07\
\x00c\
\x00h\x00e\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x0e\
\x02\xc2\x0a'\
\x00b\
\x00r\x00a\x00n\x00d\x00_\x00a\x00m\x00e\x00x\x00.\x00s\x00v\x00g\
\x00\x08\
\x06\x88TG\
\x00m\
\x00o\x00r\x00e\x00.\x00s\x00v\x00g\
\x00\x0e\
\x01\x9d\x0d\x07\
\x00b\
\x00r\x00a\x00n\x00d\x00_\x00v\x00i\x00s\x00a\x00.\x00s\x00v\x00g\
\x00\x0b\
\x00\xaf\xc0\xa7\
\x00o\
\x00f\x00f\x00l\x00i\x00n\x00e\x00.\x00s\x00v\x00g\
\x00\x0b\
\x0c\x98n\x07\
\x00a\
\x00c\x00c\x00o\x00u\x00n\x00t\x00.\x00s\x00v\x00g\
\x00\x0b\
\x00\xb5Hg\
\x00w\
\x00a\x00r\x00n\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
\x00\x0a\
\x02\xc8\xea\xa7\
\x00w\
\x00a\x00l\x00l\x00e\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x07\xd8\xa3\xe7\
\x00u\
\x00s\x00a\x00g\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x1c\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x19\x00\x00\x00\x03\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x010\x00\x00\x00\x00\x00\x01\x00\x005r\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02t\x00\x00\x00\x00\x00\x01\x00\x00B\xb1\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\xac\x00\x00\x00\x00\x00\x01\x00\x00E\x15\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02R\x00\x00\x00\x00\x00\x01\x00\x00A\x7f\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x94\x00\x00\x00\x00\x00\x01\x00\x009\xd6\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\x1a\x00\x00\x00\x00\x00\x01\x00\x00?>\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\xc8\x00\x00\x00\x00\x00\x01\x00\x00Fg\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00X\x00\x00\x00\x00\x00\x01\x00\x00*\x98\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x1a\x00\x00\x00\x00\x00\x01\x00\x004c\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02<\x00\x00\x00\x00\x00\x01\x00\x00@^\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01`\x00\x00\x00\x00\x00\x01\x00\x007\x8a\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xfa\x00\x00\x00\x00\x00\x01\x00\x001\xbe\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\xee\x00\x00\x00\x00\x00\x01\x00\x00=z\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\xe2\x00\x00\x00\x00\x00\x01\x00\x00G\xbe\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01J\x00\x00\x00\x00\x00\x01\x00\x006m\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00@\x00\x00\x00\x00\x00\x01\x00\x00)\x8a\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xb2\x00\x00\x00\x00\x00\x01\x00\x00._\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\xd8\x00\x00\x00\x00\x00\x01\x00\x00<A\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\x02\x00\x00\x00\x00\x00\x01\x00\x00>d\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\xaa\x00\x00\x00\x00\x00\x01\x00\x00:\xf1\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x9c\x00\x00\x00\x00\x00\x01\x00\x00-/\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x80\x00\x00\x00\x00\x00\x01\x00\x00+\xdc\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\x90\x00\x00\x00\x00\x00\x01\x00\x00D\x15\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xd0\x00\x00\x00\x00\x00\x01\x00\x00/\x85\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01x\x00\x00\x00\x00\x00\x01\x00\x008x\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x1e\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()

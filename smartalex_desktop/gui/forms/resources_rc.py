# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0fW\
#\
 SmartAlex Billi\
ng\x0a\x0aSmartAlex's \
own billing docu\
mentation, kept \
in the app so yo\
u can read it of\
fline.\x0a\x0a## Overv\
iew\x0a\x0aManage your\
 SmartAlex subsc\
ription, view in\
voices, and add \
prepaid credits \
through the Bill\
ing page.\x0a\x0a## Su\
bscription\x0a\x0a### \
Current Plan\x0a\x0aVi\
ew your active s\
ubscription:\x0a\x0a- \
Plan name and ti\
er\x0a- Monthly pri\
ce\x0a- Included fe\
atures\x0a- Renewal\
 date\x0a\x0a### Chang\
ing Plans\x0a\x0aUpgra\
de or downgrade \
your subscriptio\
n:\x0a\x0a### Cancella\
tion\x0a\x0aTo cancel \
your subscriptio\
n:\x0a\x0a1. Go to Bil\
ling \xe2\x86\x92 Cancel \
Subscription\x0a2. \
Complete the can\
cellation survey\
\x0a3. Confirm canc\
ellation\x0a\x0aWhen y\
ou cancel, your \
subscription rem\
ains active unti\
l the end of the\
 current billing\
 period. You won\
\xe2\x80\x99t be charged \
again, and you c\
an continue usin\
g SmartAlex unti\
l then.\x0a\x0a## Paym\
ent Methods\x0a\x0a###\
 Adding a Card\x0a\x0a\
1. Go to Billing\
 \xe2\x86\x92 Payment Met\
hods\x0a2. Click Ad\
d Payment Method\
\x0a3. Enter card d\
etails\x0a4. Click \
Save\x0a\x0a- Visa\x0a- M\
astercard\x0a- Amer\
ican Express\x0a- D\
iscover\x0a\x0a### Def\
ault Payment Met\
hod\x0a\x0aYour defaul\
t payment method\
 is used for:\x0a\x0a-\
 Monthly subscri\
ption charges\x0a- \
Automatic wallet\
 top-ups\x0a- Overa\
ge charges\x0a\x0a1. G\
o to Payment Met\
hods\x0a2. Click th\
e menu on the ca\
rd you want as d\
efault\x0a3. Select\
 Make Default\x0a\x0a#\
## Removing a Ca\
rd\x0a\x0aYou cannot r\
emove your only \
payment method w\
hile you have an\
 active subscrip\
tion. Add a new \
card first, then\
 remove the old \
one.\x0a\x0a## Invoice\
s\x0a\x0a### Viewing I\
nvoices\x0a\x0aAccess \
all invoices fro\
m Billing \xe2\x86\x92 In\
voices:\x0a\x0a- Invoi\
ce date\x0a- Amount\
 charged\x0a- Payme\
nt status\x0a- Down\
load PDF\x0a\x0a### In\
voice Details\x0a\x0aE\
ach invoice incl\
udes:\x0a\x0a- Subscri\
ption charges\x0a- \
Usage charges (o\
verage)\x0a- Wallet\
 top-ups\x0a- Phone\
 number fees\x0a- T\
axes (if applica\
ble)\x0a\x0a### Receip\
ts\x0a\x0aPayment rece\
ipts are automat\
ically emailed t\
o your account e\
mail. Download p\
ast receipts fro\
m the invoice de\
tail page.\x0a\x0a## W\
allet\x0a\x0aThe Walle\
t is a prepaid c\
redit system for\
 usage beyond yo\
ur plan\xe2\x80\x99s incl\
uded minutes.\x0a\x0a#\
## How It Works\x0a\
\x0a- Add credits t\
o your wallet\x0a- \
Usage charges ar\
e deducted autom\
atically\x0a- Low b\
alance alerts no\
tify you when to\
 top up\x0a\x0a### Add\
ing Credits\x0a\x0aCre\
dits are added i\
mmediately and n\
ever expire.\x0a\x0a##\
# Auto Top-Up\x0a\x0aE\
nable automatic \
top-ups to never\
 run out of cred\
its:\x0a\x0a| Setting \
| Description |\x0a\
|---|---|\x0a| Thre\
shold | When bal\
ance falls below\
 this amount |\x0a|\
 Top-up Amount |\
 Amount to autom\
atically add |\x0a|\
 Payment Method \
| Card to charge\
 for top-ups |\x0a\x0a\
### Wallet Balan\
ce\x0a\x0aView your cu\
rrent balance an\
d recent transac\
tions:\x0a\x0a- Curren\
t balance\x0a- Rece\
nt charges (call\
 costs)\x0a- Recent\
 top-ups\x0a- Trans\
action history\x0a\x0a\
## Usage & Costs\
\x0a\x0a### Understand\
ing Usage\x0a\x0aUsage\
 is measured in \
calling minutes:\
\x0a\x0a| Call Type | \
Cost per Minute \
|\x0a|---|---|\x0a| In\
bound calls | $0\
.11 |\x0a| Outbound\
 calls | $0.11 |\
\x0a| Web calls | $\
0.08 |\x0a\x0a### Incl\
uded Minutes\x0a\x0aEa\
ch plan includes\
 monthly minutes\
:\x0a\x0a| Plan | Incl\
uded Minutes |\x0a|\
---|---|\x0a| Profe\
ssional | 100 |\x0a\
| Dental | 300 |\
\x0a| Real Estate |\
 300 |\x0a\x0a### Over\
age\x0a\x0aWhen you ex\
ceed included mi\
nutes:\x0a\x0a- Charge\
s are deducted f\
rom your wallet\x0a\
- If wallet is e\
mpty, charges ar\
e billed to your\
 card\x0a- No servi\
ce interruption\x0a\
\x0a### Usage Track\
ing\x0a\x0aMonitor usa\
ge in real-time:\
\x0a\x0a- Minutes used\
 this period\x0a- M\
inutes remaining\
\x0a- Projected mon\
thly usage\x0a- Cos\
t breakdown by c\
all type\x0a\x0a## Bil\
ling FAQ\x0a\x0a### Wh\
en am I charged?\
\x0a\x0aYour subscript\
ion renews month\
ly on the annive\
rsary of your si\
gnup date. Usage\
 overage and wal\
let charges may \
occur anytime du\
ring the month.\x0a\
\x0a### Can I get a\
 refund?\x0a\x0aMonthl\
y subscriptions \
are non-refundab\
le. Wallet credi\
ts can be refund\
ed within 30 day\
s if unused. Con\
tact support for\
 refund requests\
.\x0a\x0a### How do I \
update my billin\
g email?\x0a\x0aInvoic\
es are sent to y\
our account emai\
l. Update your e\
mail in Account \
Settings to chan\
ge where invoice\
s are sent.\x0a\x0a###\
 Is my payment i\
nformation secur\
e?\x0a\x0aYes. SmartAl\
ex uses Stripe f\
or payment proce\
ssing. We never \
store your full \
card number - on\
ly a secure toke\
n.\x0a\x0a### Do you o\
ffer annual bill\
ing?\x0a\x0aContact sa\
les for annual b\
illing options w\
ith discounted r\
ates.\x0a\
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
\x00\x00\x010\x00\x00\x00\x00\x00\x01\x00\x00\x1bC\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02t\x00\x00\x00\x00\x00\x01\x00\x00(\x82\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\xac\x00\x00\x00\x00\x00\x01\x00\x00*\xe6\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02R\x00\x00\x00\x00\x00\x01\x00\x00'P\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x94\x00\x00\x00\x00\x00\x01\x00\x00\x1f\xa7\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\x1a\x00\x00\x00\x00\x00\x01\x00\x00%\x0f\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\xc8\x00\x00\x00\x00\x00\x01\x00\x00,8\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00X\x00\x00\x00\x00\x00\x01\x00\x00\x10i\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x1a\x00\x00\x00\x00\x00\x01\x00\x00\x1a4\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02<\x00\x00\x00\x00\x00\x01\x00\x00&/\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01`\x00\x00\x00\x00\x00\x01\x00\x00\x1d[\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xfa\x00\x00\x00\x00\x00\x01\x00\x00\x17\x8f\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\xee\x00\x00\x00\x00\x00\x01\x00\x00#K\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\xe2\x00\x00\x00\x00\x00\x01\x00\x00-\x8f\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01J\x00\x00\x00\x00\x00\x01\x00\x00\x1c>\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00@\x00\x00\x00\x00\x00\x01\x00\x00\x0f[\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xb2\x00\x00\x00\x00\x00\x01\x00\x00\x140\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\xd8\x00\x00\x00\x00\x00\x01\x00\x00\x22\x12\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\x02\x00\x00\x00\x00\x00\x01\x00\x00$5\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\xaa\x00\x00\x00\x00\x00\x01\x00\x00 \xc2\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x9c\x00\x00\x00\x00\x00\x01\x00\x00\x13\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x80\x00\x00\x00\x00\x00\x01\x00\x00\x11\xad\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x02\x90\x00\x00\x00\x00\x00\x01\x00\x00)\xe6\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xd0\x00\x00\x00\x00\x00\x01\x00\x00\x15V\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01x\x00\x00\x00\x00\x00\x01\x00\x00\x1eI\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x1e\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()

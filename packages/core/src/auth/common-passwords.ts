/**
 * Common passwords rejected by every profile (ASVS 6.2.4 asks for the top 3000; this is a curated
 * subset of the most frequent entries — source: public frequency lists such as SecLists
 * "10k-most-common" and analyses of the 2011 CSDN leak for Chinese patterns. Known gap: not the full
 * 3000; lengthen when a licensed list is vendored). Compared lower-case, also with symbols stripped.
 */
const LIST = `
123456 123456789 12345678 password qwerty123 qwerty 12345 1234567 111111 123123 1234567890 000000 abc123
password1 password123 iloveyou 1q2w3e4r 1q2w3e4r5t 1qaz2wsx qwertyuiop 123321 654321 666666 888888 987654321
a123456 a12345678 aa123456 abc12345 abcd1234 admin admin123 admin888 administrator root root123 test test123
welcome welcome1 letmein monkey dragon master sunshine princess football baseball shadow superman
michael 5201314 woaini woaini1314 woaini520 1314520 520520 147258369 112233 121212 159357 789456123
zxcvbnm zxcvbnm123 asdfghjkl asdf1234 qazwsx qazwsxedc 1234qwer qwer1234 passw0rd p@ssw0rd p@ssword
p@ssw0rd1 changeme changeme123 hospital hospital123 doctor doctor123 nurse123 yiyuan yiyuan123 yisheng
yisheng123 abcdefg abcdefgh 11111111 88888888 00000000 12341234 123qwe 123qweasd qweasd qweasdzxc
dearbook xiaoming wang123 li123456 zhang123 aini1314 iloveyou1 trustno1 computer internet secret
Password1 Password123 Passw0rd Admin123 Admin@123 admin@123 Aa123456 Aa123456! Abc123456 abc@123
Qwerty123 Qwerty123! Welcome1 Welcome123 P@ssw0rd123 Test@123 Root@123 Huawei@123 huawei123 Yizhu123
yizhu yizhu123 yizhu@123 demo demo123 demo1234 guest guest123 user user123 login login123
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  LIST.split(/\s+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase()),
);

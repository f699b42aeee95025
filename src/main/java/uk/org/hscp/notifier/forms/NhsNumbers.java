package uk.org.hscp.notifier.forms;

/** NHS numbers: ten digits, the last a modulus-11 check digit over the first nine. */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    /**
     * True for ten digits whose check digit is right: weights 10 down to 2 on the first nine digits,
     * 11 minus the remainder of the sum by 11 is the check digit (11 counts as 0; 10 is never valid).
     */
    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (number.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(9) - '0';
    }

    /** The digits of what was written ("999 550 4928" gives "9995504928"), or {@code null} if there are none. */
    public static String digitsOf(String written) {
        if (written == null) {
            return null;
        }
        String digits = written.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}

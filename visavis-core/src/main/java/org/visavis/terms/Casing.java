package org.visavis.terms;

/** Whether a term matches whatever its case ("Paquet", "PAQUET") or only as written ("Debian", "APT"). */
public enum Casing {
    INSENSITIVE,
    SENSITIVE
}

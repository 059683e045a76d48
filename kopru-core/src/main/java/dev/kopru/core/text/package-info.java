/** Turkish text: case mapping with the Turkish locale, code comparison, and folding to ASCII. */
package dev.kopru.core.text;

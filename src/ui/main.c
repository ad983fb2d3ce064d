#include <stdio.h>
int main(void) { puts("gloss " GLOSS_VERSION); return 0; }

#include <stdio.h>

int main(void)
{
	puts("Hello from the Ebuild Builder sample overlay");
	return 0;
}

from meetbook.cli import main

main()

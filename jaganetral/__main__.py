from jaganetral.cli import main

main()
